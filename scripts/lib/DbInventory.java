import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a backup must keep, printed in a stable order so that two databases compare with diff (scripts/backup-test.sh):
 * "table NAME ROWS" for every table of the schema (discovered), then "document ID SHA256 ok|MISMATCH|MISSING SOURCE" for
 * every row of document, the digest computed from its content: the rows of document_chunk in seq order when that table
 * exists and holds some, else the file storage_key under the documents folder; ok when it equals document.sha256.
 *
 * java -cp H2_JAR:PG_JAR DbInventory.java JDBC_URL USER PASSWORD DOCUMENTS_DIR
 */
public class DbInventory {

    public static void main(String[] args) throws Exception {
        Path documents = Path.of(args[3]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setReadOnly(true);
            c.setAutoCommit(false); // PostgreSQL large objects are read within a transaction
            DatabaseMetaData meta = c.getMetaData();
            String schema = "public";
            Set<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no table in schema " + schema + " of " + args[0]);
            }
            for (String t : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    System.out.println("table " + t + " " + rs.getLong(1));
                }
            }
            if (!tables.contains("document")) {
                return;
            }
            Set<String> docColumns = columns(meta, schema, "document").keySet();
            String chunkData = tables.contains("document_chunk") ? binaryColumn(meta, schema) : null;
            String query = "select id, sha256" + (docColumns.contains("storage_key") ? ", storage_key" : ", null") + " from document order by id";
            try (ResultSet rs = c.createStatement().executeQuery(query)) {
                while (rs.next()) {
                    String id = rs.getString(1), expected = rs.getString(2), key = rs.getString(3);
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    String source = null;
                    if (chunkData != null && chunks(c, chunkData, rs.getObject(1), sha) > 0) {
                        source = "chunks";
                    } else if (key != null && Files.isRegularFile(documents.resolve(key))) {
                        try (InputStream in = Files.newInputStream(documents.resolve(key))) {
                            update(sha, in);
                        }
                        source = "file";
                    }
                    String got = source == null ? "-" : HexFormat.of().formatHex(sha.digest());
                    String verdict = source == null ? "MISSING" : got.equalsIgnoreCase(expected) ? "ok" : "MISMATCH";
                    System.out.println("document " + id + " " + got + " " + verdict + " " + (source == null ? "-" : source));
                }
            }
        }
    }

    private static TreeMap<String, Integer> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        TreeMap<String, Integer> out = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                out.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
            }
        }
        return out;
    }

    private static boolean largeObject;

    /** The content column of document_chunk: its binary one (bytea, BLOB, or a PostgreSQL large object named data/content). */
    private static String binaryColumn(DatabaseMetaData meta, String schema) throws SQLException {
        var cols = columns(meta, schema, "document_chunk");
        if (!cols.containsKey("document_id") || !cols.containsKey("seq")) {
            throw new IllegalStateException("document_chunk without document_id and seq: " + cols.keySet());
        }
        for (var e : cols.entrySet()) {
            if (Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY).contains(e.getValue())) {
                return e.getKey();
            }
        }
        for (var e : cols.entrySet()) {
            if (e.getValue() == Types.BLOB || e.getValue() == Types.BIGINT && Set.of("data", "content", "bytes").contains(e.getKey())) {
                largeObject = true;
                return e.getKey();
            }
        }
        throw new IllegalStateException("document_chunk has no binary column: " + cols);
    }

    private static int chunks(Connection c, String data, Object documentId, MessageDigest sha) throws Exception {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "select \"" + data + "\" from document_chunk where document_id = ? order by seq")) {
            ps.setObject(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try (InputStream in = largeObject ? blobStream(rs) : rs.getBinaryStream(1)) {
                        if (in != null) {
                            update(sha, in);
                        }
                    }
                    n++;
                }
            }
        }
        return n;
    }

    private static InputStream blobStream(ResultSet rs) throws SQLException {
        var blob = rs.getBlob(1);
        return blob == null ? null : blob.getBinaryStream();
    }

    private static void update(MessageDigest sha, InputStream in) throws Exception {
        byte[] buf = new byte[65536];
        for (int r; (r = in.read(buf)) > 0;) {
            sha.update(buf, 0, r);
        }
    }
}

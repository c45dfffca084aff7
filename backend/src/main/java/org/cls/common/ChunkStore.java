package org.cls.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;

/**
 * Binary content kept in the database as numbered chunks ({@code (owner, seq, data)}), so that it commits, rolls back and
 * cascades with the row that owns it, and memory holds one chunk at a time, never a whole file. Plain JDBC: no entity
 * would load the bytes needlessly.
 */
@ApplicationScoped
public class ChunkStore {

    public static final int CHUNK_SIZE = 256 * 1024;

    /** A chunk table and the column naming its owner; both are constants of the code, never input. */
    public record Table(String name, String ownerColumn) {
    }

    /** What was written. */
    public record Written(long size, String sha256, int chunks) {
    }

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Writes the stream as the content of {@code owner}, chunk after chunk, in the caller's transaction (the owner's row must
     * be flushed first), computing its SHA-256 on the way.
     */
    public Written write(Table table, UUID owner, InputStream in) {
        return em.unwrap(Session.class).doReturningWork(connection -> write(connection, table, owner, in));
    }

    static Written write(Connection connection, Table table, UUID owner, InputStream in) throws SQLException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[CHUNK_SIZE];
        long size = 0;
        int seq = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table.name() + " (" + table.ownerColumn() + ", seq, data) values (?, ?, ?)")) {
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
                digest.update(buffer, 0, n);
                insert.setObject(1, owner);
                insert.setInt(2, seq++);
                insert.setBytes(3, n == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, n));
                insert.executeUpdate();
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(size, HexFormat.of().formatHex(digest.digest()), seq);
    }

    /** How many chunks {@code owner} has, in the caller's transaction (0: no content). */
    public int count(Table table, UUID owner) {
        return ((Number) em.createNativeQuery("select count(*) from " + table.name() + " where " + table.ownerColumn() + " = ?1")
                .setParameter(1, owner).getSingleResult()).intValue();
    }

    /**
     * The content of {@code owner} ({@code chunks} of them, as counted before), read one chunk per query on a connection of its
     * own while the response is written. A chunk gone meanwhile (the owner was deleted) breaks the response off.
     */
    public StreamingOutput stream(Table table, UUID owner, int chunks) {
        String select = "select data from " + table.name() + " where " + table.ownerColumn() + " = ? and seq = ?";
        return out -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(select)) {
                for (int seq = 0; seq < chunks; seq++) {
                    query.setObject(1, owner);
                    query.setInt(2, seq);
                    try (ResultSet rs = query.executeQuery()) {
                        if (!rs.next()) {
                            throw new IOException("Chunk " + seq + " of " + owner + " in " + table.name() + " is gone");
                        }
                        out.write(rs.getBytes(1));
                    }
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        };
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

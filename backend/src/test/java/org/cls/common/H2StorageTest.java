package org.cls.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The embedded file database: commits written at once are reported otherwise, and its file kept compact. */
class H2StorageTest {

    @Test
    void deferredCommitsAreRecognisedInTheUrl() {
        String app = "jdbc:h2:file:./data/cls;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        assertThat(H2Storage.writeDelay(app)).isEqualTo(500);
        assertThat(H2Storage.writeDelay(app + ";WRITE_DELAY=0")).isZero();
        assertThat(H2Storage.writeDelay(app + ";write_delay = 100")).isEqualTo(100);
        assertThat(H2Storage.isFile(app)).isTrue();
        assertThat(H2Storage.isFile("jdbc:h2:./data/cls")).isTrue();
        assertThat(H2Storage.isFile("jdbc:h2:mem:cls;DB_CLOSE_DELAY=-1")).isFalse();
        assertThat(H2Storage.isFile("jdbc:h2:tcp://localhost/~/cls")).isFalse();
    }

    @Test
    void compactionGivesBackTheSpaceOfCommitsWrittenAtOnce() throws Exception {
        long compacted = sparseFileSize("compacted", true);
        long left = sparseFileSize("left", false);
        // one commit per row leaves chunks with a few live pages each: only the re-write frees them
        assertThat(compacted).isLessThan(left / 4);
    }

    /** A table where 9 rows in 10 were deleted one commit each, then compacted (or not) and written to again. */
    private static long sparseFileSize(String name, boolean compact) throws Exception {
        Path dir = Path.of("target", "h2-storage-test");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".mv.db");
        Files.deleteIfExists(file);
        // RETENTION_TIME=0: freed chunks are reused at once, so the test needs not wait H2's 45 s
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(name) + ";WRITE_DELAY=0;RETENTION_TIME=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key, pad varchar(500))");
            c.setAutoCommit(false);
            try (PreparedStatement ins = c.prepareStatement("insert into t values (?, repeat('x', 400))")) {
                for (int i = 0; i < 3000; i++) {
                    ins.setInt(1, i);
                    ins.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (PreparedStatement del = c.prepareStatement("delete from t where id = ?")) {
                for (int i = 0; i < 3000; i++) {
                    if (i % 10 != 0) {
                        del.setInt(1, i);
                        del.executeUpdate();
                    }
                }
            }
            for (int round = 0; round < 5; round++) {
                if (compact) {
                    H2Storage.compact(c);
                }
                s.execute("insert into t values (" + (-1 - round) + ", 'tick')");
            }
            return Files.size(file);
        }
    }
}

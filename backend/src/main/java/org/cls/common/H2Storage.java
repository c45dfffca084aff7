package org.cls.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The embedded H2 file database. With {@code WRITE_DELAY=0} (the default URL) every commit is in the file before its
 * answer, but H2 then runs no background writer, and that writer is what re-writes the chunks a commit leaves partly
 * live: without it they stay (a file of a few live pages in many chunks grows for ever). This does the writer's
 * compaction every {@code cls.h2.compact-interval}, to H2's own target ({@code AUTO_COMPACT_FILL_RATE}, 90 %). A file URL
 * whose commits are deferred is reported at start: a crash loses what was acknowledged within the delay.
 */
@ApplicationScoped
public class H2Storage {

    private static final Logger LOG = Logger.getLogger(H2Storage.class);
    /** H2's default when the URL does not set it, in milliseconds. */
    static final int H2_DEFAULT_WRITE_DELAY = 500;
    private static final Pattern WRITE_DELAY = Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*(-?\\d+)", Pattern.CASE_INSENSITIVE);
    /** Bytes re-written per compaction at most, as H2's writer does with its auto-commit buffer. */
    private static final int COMPACT_WRITE = 16 << 20;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @Inject
    H2Config config;

    @Inject
    AgroalDataSource dataSource;

    private ScheduledExecutorService compactor;

    void onStart(@Observes StartupEvent event) {
        if (!"h2".equals(dbKind) || url.isEmpty() || !isFile(url.get())) {
            return;
        }
        int delay = writeDelay(url.get());
        if (delay != 0) {
            LOG.warnf("The H2 database URL defers commits by %d ms (WRITE_DELAY, H2's default when unset is %d): a crash "
                    + "loses the writes acknowledged within that delay. Add ;WRITE_DELAY=0 to quarkus.datasource.jdbc.url.",
                    delay, H2_DEFAULT_WRITE_DELAY);
            return; // H2's background writer runs and compacts
        }
        long every = config.compactInterval().toMillis();
        if (every <= 0) {
            return;
        }
        compactor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-compact");
            t.setDaemon(true);
            return t;
        });
        compactor.scheduleWithFixedDelay(this::compactQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (compactor != null) {
            compactor.shutdownNow();
        }
    }

    private void compactQuietly() {
        try (Connection c = dataSource.getConnection()) {
            if (compact(c)) {
                LOG.debug("H2 file compacted");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("H2 compaction failed: %s", e.toString());
        }
    }

    /** Re-writes the partly live chunks of the connection's file store; true when some were. */
    static boolean compact(Connection connection) throws SQLException {
        Database database = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        MVStore store = database.getStore().getMvStore();
        int target = database.getSettings().autoCompactFillRate;
        return target > 0 && store.getFileStore() != null && store.compact(target, COMPACT_WRITE);
    }

    /** The commit delay an H2 URL sets, H2's default when it sets none. */
    static int writeDelay(String url) {
        Matcher m = WRITE_DELAY.matcher(url);
        int delay = H2_DEFAULT_WRITE_DELAY;
        while (m.find()) {
            delay = Integer.parseInt(m.group(1)); // the last one wins, as in H2
        }
        return delay;
    }

    /** An embedded file database (not in memory, not a server, not read-only in a zip). */
    static boolean isFile(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:mem:") && !u.startsWith("jdbc:h2:tcp:")
                && !u.startsWith("jdbc:h2:ssl:") && !u.startsWith("jdbc:h2:zip:");
    }
}

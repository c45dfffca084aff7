package org.cls.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.jdbcx.JdbcConnectionPool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Fixed-window request counters kept in the database (table {@code rate_limit_counter}), so that every instance shares
 * the budgets. Each request costs one atomic statement in its own auto-commit transaction, never the request's:
 * {@code INSERT … ON CONFLICT … DO UPDATE … RETURNING} on PostgreSQL, {@code MERGE} read through {@code FINAL TABLE}
 * on H2. The database rather than Redis: it works with the embedded default and in production without another service
 * to run, back up and secure; its cost is measured in the README (Rate limits). On an H2 file the counters live in an
 * in-memory H2 database instead: the file is open in one JVM only, so that instance's counters are all there are, and
 * with {@code WRITE_DELAY=0} every counted request would write a chunk to the file (165 MB in 15 s of reads, a third of
 * the throughput).
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final int MAX_KEY = 150;

    /** The policies, named as in the {@code RateLimit-Policy} header. */
    public enum Policy {
        ACCOUNT("account"), EXPENSIVE("expensive"), ANONYMOUS("anonymous"), ADDRESS("address");

        public final String id;

        Policy(String id) {
            this.id = id;
        }
    }

    public record Budget(int requests, long windowSeconds) {
    }

    /** The budgets in force; {@link #use} replaces them at run time (tests, an operator's console), {@link #useConfigured} restores. */
    public record Limits(boolean enabled, Map<Policy, Budget> budgets) {

        static Limits of(RateLimitConfig config) {
            Map<Policy, Budget> budgets = new EnumMap<>(Policy.class);
            budgets.put(Policy.ACCOUNT, budget(config.account()));
            budgets.put(Policy.EXPENSIVE, budget(config.expensive()));
            budgets.put(Policy.ANONYMOUS, budget(config.anonymous()));
            budgets.put(Policy.ADDRESS, budget(config.address()));
            return new Limits(config.enabled(), Map.copyOf(budgets));
        }

        private static Budget budget(RateLimitConfig.Budget b) {
            long seconds = b.window().toSeconds();
            if (b.requests() < 0 || seconds < 1 || seconds > 86_400) {
                // Retry-After is documented up to a day (openapi.yaml)
                throw new IllegalArgumentException("cls.rate-limit: a budget takes requests >= 0 and a window of 1 s to 1 day, not "
                        + b.requests() + " per " + b.window());
            }
            return new Budget(b.requests(), seconds);
        }

        public Budget budget(Policy policy) {
            return budgets.get(policy);
        }
    }

    /** A counter: one policy for one caller (an account's subject or a client address). */
    public record Bucket(Policy policy, String key) {

        public String id() {
            return policy.id + ":" + (key.length() <= MAX_KEY ? key : sha256(key));
        }
    }

    /** A bucket after this request: its hits in the current window and the seconds until the window ends. */
    public record Count(Bucket bucket, Budget budget, int hits, long resetSeconds) {

        public int remaining() {
            return Math.max(0, budget.requests() - hits);
        }

        public boolean exceeded() {
            return hits > budget.requests();
        }
    }

    @Inject
    RateLimitConfig config;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** Where the counters are: the application's database, or an in-memory H2 database beside an H2 file. */
    private DataSource counters;
    private volatile Limits limits;
    /** Both stores are H2 when the application's database is: its MERGE statement, not PostgreSQL's upsert. */
    private boolean h2;

    @PostConstruct
    void init() {
        limits = Limits.of(config);
        counters = dataSource;
        h2 = jdbcUrl.startsWith("jdbc:h2:");
        if (h2 && !jdbcUrl.startsWith("jdbc:h2:mem:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:cls-rate-limit;DB_CLOSE_DELAY=-1", "sa", "");
            pool.setMaxConnections(64);
            counters = pool;
            try (Connection connection = counters.getConnection(); var statement = connection.createStatement()) {
                // the table of V14__rate_limit.sql
                statement.execute("create table if not exists rate_limit_counter (bucket varchar(200) not null,"
                        + " window_start bigint not null, expires_at bigint not null, hits integer not null,"
                        + " primary key (bucket, window_start))");
                statement.execute("create index if not exists rate_limit_counter_expires on rate_limit_counter (expires_at)");
            } catch (SQLException e) {
                throw new IllegalStateException("rate limit counters: " + e.getMessage(), e);
            }
        }
    }

    public Limits limits() {
        return limits;
    }

    public void use(Limits limits) {
        this.limits = limits;
    }

    public void useConfigured() {
        this.limits = Limits.of(config);
    }

    /** Counts one request in each bucket (one statement) and returns the counts, in the order of the buckets. */
    public List<Count> hit(List<Bucket> buckets, long nowSeconds) throws SQLException {
        Limits current = limits;
        List<Bucket> ordered = new ArrayList<>(buckets);
        // one lock order for all, so that two requests of the same caller never deadlock
        ordered.sort(Comparator.comparing(Bucket::id));
        Map<String, Long> windowStarts = new HashMap<>();
        try (Connection connection = counters.getConnection()) {
            connection.setAutoCommit(true);
            Map<String, Integer> hits;
            try {
                hits = upsert(connection, ordered, current, nowSeconds, windowStarts);
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                // H2: two first hits of a window raced to insert the row; the second try finds it
                hits = upsert(connection, ordered, current, nowSeconds, windowStarts);
            }
            List<Count> counts = new ArrayList<>(buckets.size());
            for (Bucket bucket : buckets) {
                Budget budget = current.budget(bucket.policy());
                long end = windowStarts.get(bucket.id()) + budget.windowSeconds();
                counts.add(new Count(bucket, budget, hits.getOrDefault(bucket.id(), 0), Math.max(1, end - nowSeconds)));
            }
            return counts;
        }
    }

    private Map<String, Integer> upsert(Connection connection, List<Bucket> buckets, Limits current, long now,
            Map<String, Long> windowStarts) throws SQLException {
        String rows = String.join(", ", java.util.Collections.nCopies(buckets.size(),
                "(cast(? as varchar(200)), cast(? as bigint), cast(? as bigint))"));
        String sql = h2
                ? "select bucket, hits from final table (merge into rate_limit_counter t using (values " + rows
                        + ") s (bucket, window_start, expires_at) on t.bucket = s.bucket and t.window_start = s.window_start"
                        + " when matched then update set hits = t.hits + 1"
                        + " when not matched then insert (bucket, window_start, expires_at, hits) values (s.bucket, s.window_start, s.expires_at, 1))"
                // a counter need not wait for its WAL flush (losing the last counts in a crash is harmless): synchronous_commit
                // off for this statement's own transaction only, which took the request 6 ms more than without it
                : "insert into rate_limit_counter (bucket, window_start, expires_at, hits)"
                        + " select v.bucket, v.window_start, v.expires_at, 1 from (values " + rows + ") v (bucket, window_start, expires_at)"
                        + " where set_config('synchronous_commit', 'off', true) is not null"
                        + " on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1 returning bucket, hits";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Bucket bucket : buckets) {
                long window = current.budget(bucket.policy()).windowSeconds();
                long start = Math.floorDiv(now, window) * window;
                windowStarts.put(bucket.id(), start);
                statement.setString(i++, bucket.id());
                statement.setLong(i++, start);
                statement.setLong(i++, start + window);
            }
            Map<String, Integer> hits = new HashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    hits.put(result.getString(1), result.getInt(2));
                }
            }
            return hits;
        }
    }

    /** Deletes the counters of windows that are over, on every instance (each delete is harmless to the others). */
    @Scheduled(every = "${cls.rate-limit.purge-every}", delayed = "1M", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeEnded() {
        try {
            purge(System.currentTimeMillis() / 1000);
        } catch (SQLException e) {
            LOG.warn("rate limit counters not purged: " + e.getMessage());
        }
    }

    public int purge(long nowSeconds) throws SQLException {
        try (Connection connection = counters.getConnection();
                PreparedStatement statement = connection.prepareStatement("delete from rate_limit_counter where expires_at <= ?")) {
            connection.setAutoCommit(true);
            statement.setLong(1, nowSeconds);
            return statement.executeUpdate();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.cls.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.PILOT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.cls.security.RateLimiter.Bucket;
import org.cls.security.RateLimiter.Budget;
import org.cls.security.RateLimiter.Limits;
import org.cls.security.RateLimiter.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The rate limits, with small budgets set at run time on the app every other test class shares (no extra start).
 * Windows of a day, so that no test straddles two windows but once a day at midnight UTC.
 */
@QuarkusTest
class RateLimitTest {

    static final long DAY = 86_400;

    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void lowerBudgets() throws SQLException {
        limit(3, 2, 3, 1000);
        sql("delete from rate_limit_counter");
    }

    @AfterEach
    void restore() throws SQLException {
        limiter.useConfigured();
        sql("delete from rate_limit_counter");
    }

    @Test
    void requestOverTheAccountBudgetGets429WithRetryAfterAndAProblem() {
        for (int i = 1; i <= 3; i++) {
            as(COORDINATOR).get("/api/v1/me").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"account\";q=3;w=86400, \"address\";q=1000;w=86400"))
                    .header("RateLimit", matchesPattern("\"account\";r=" + (3 - i) + ";t=\\d+, \"address\";r=" + (1000 - i) + ";t=\\d+"));
        }
        Response refused = as(COORDINATOR).get("/api/v1/me");
        refused.then().statusCode(429).contentType("application/problem+json")
                .header("RateLimit", matchesPattern("\"account\";r=0;t=\\d+, \"address\";r=996;t=\\d+"))
                .header("RateLimit-Policy", containsString("\"account\";q=3;w=86400"))
                .body("type", equalTo("https://cls.example.org/problems/too-many-requests"))
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"))
                .body("detail", containsString("account")).body("instance", equalTo("/api/v1/me"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, DAY);
        assertThat(refused.header("RateLimit")).contains(";t=" + retryAfter + ",");
    }

    @Test
    void twoAccountsDoNotShareABudget() {
        for (int i = 0; i < 3; i++) {
            as(COORDINATOR).get("/api/v1/me").then().statusCode(200);
        }
        as(COORDINATOR).get("/api/v1/me").then().statusCode(429);
        as(PILOT).get("/api/v1/me").then().statusCode(200).header("RateLimit", containsString("\"account\";r=2;"));
    }

    @Test
    void expensiveEndpointsHaveTheirOwnSmallerBudget() {
        limit(10, 2, 3, 1000);
        for (int i = 0; i < 2; i++) {
            as(COORDINATOR).body(Map.of("markdown", "**ordre du jour**")).post("/api/v1/markdown/preview").then().statusCode(200)
                    .header("RateLimit-Policy", containsString("\"expensive\";q=2;w=86400"));
        }
        as(COORDINATOR).body(Map.of("markdown", "encore")).post("/api/v1/markdown/preview").then().statusCode(429)
                .contentType("application/problem+json").body("detail", containsString("expensive"))
                .header("RateLimit", containsString("\"expensive\";r=0;"));
        // a history and a PDF draw on the same spent budget; plain reads of the same account still pass
        as(COORDINATOR).get("/api/v1/contracts/00000000-0000-0000-0000-000000000000/history").then().statusCode(429);
        as(COORDINATOR).get("/api/v1/reports/00000000-0000-0000-0000-000000000000/report.pdf").then().statusCode(429);
        as(COORDINATOR).get("/api/v1/me").then().statusCode(200).header("RateLimit-Policy", equalTo("\"account\";q=10;w=86400, \"address\";q=1000;w=86400"));
    }

    @Test
    void theExpensiveEndpointsAreTheOnesNamed() {
        io.vertx.core.http.HttpMethod get = io.vertx.core.http.HttpMethod.GET;
        io.vertx.core.http.HttpMethod post = io.vertx.core.http.HttpMethod.POST;
        assertThat(RateLimitHandler.expensive(get, "/api/v1/reports/1/report.pdf")).isTrue();
        assertThat(RateLimitHandler.expensive(get, "/api/v1/ars/contracts")).isTrue();
        assertThat(RateLimitHandler.expensive(get, "/api/v1/ars/contracts/overview")).isTrue();
        assertThat(RateLimitHandler.expensive(post, "/api/v1/contracts/1/plan.xlsx")).isTrue();
        assertThat(RateLimitHandler.expensive(get, "/api/v1/contracts/1/history")).isTrue();
        assertThat(RateLimitHandler.expensive(get, "/api/v1/actions/1/history/")).isTrue();
        assertThat(RateLimitHandler.expensive(post, "/api/v1/markdown/preview")).isTrue();
        assertThat(RateLimitHandler.expensive(get, "/api/v1/contracts/1/plan.xlsx")).isFalse();
        assertThat(RateLimitHandler.expensive(get, "/api/v1/contracts/1")).isFalse();
        assertThat(RateLimitHandler.expensive(get, "/api/v1/me")).isFalse();
    }

    @Test
    void anonymousRequestsAreCountedPerAddress() throws IOException {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/client-config").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"anonymous\";q=3;w=86400, \"address\";q=1000;w=86400"));
        }
        given().get("/api/v1/client-config").then().statusCode(429).contentType("application/problem+json");
        // an invalid token is anonymous too
        given().auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(429);
        limit(3, 2, 100, 1000);
        given().auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("RateLimit", containsString("\"anonymous\";r=94;"));
        limit(3, 2, 3, 1000);
        // another address has its own budget (the loopback answers every 127.x source address)
        String other = rawGet("127.0.0.2", "/api/v1/client-config");
        assertThat(other).startsWith("HTTP/1.1 200").containsIgnoringCase("RateLimit: \"anonymous\";r=2;");
    }

    @Test
    void everyAccountFromOneAddressSharesTheAddressBudget() {
        limit(100, 100, 100, 5);
        as(COORDINATOR).get("/api/v1/me").then().statusCode(200);
        as(COORDINATOR).get("/api/v1/me").then().statusCode(200);
        as(PILOT).get("/api/v1/me").then().statusCode(200);
        as(PILOT).get("/api/v1/me").then().statusCode(200);
        as(ARS).get("/api/v1/me").then().statusCode(200).header("RateLimit", containsString("\"address\";r=0;"));
        as(ARS).get("/api/v1/me").then().statusCode(429).body("detail", containsString("address"));
    }

    @Test
    void countersLiveInTheDatabaseSharedByEveryInstance() throws SQLException {
        as(COORDINATOR).get("/api/v1/me").then().statusCode(200).header("RateLimit", containsString("\"account\";r=2;"));
        // another instance counted two requests of the same account
        assertThat(sql("update rate_limit_counter set hits = hits + 2 where bucket = 'account:" + COORDINATOR.subject + "'")).isEqualTo(1);
        as(COORDINATOR).get("/api/v1/me").then().statusCode(429).header("RateLimit", containsString("\"account\";r=0;"));
        assertThat(hits("account:" + COORDINATOR.subject)).isEqualTo(4);
    }

    @Test
    void concurrentRequestsAreAllCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            long now = System.currentTimeMillis() / 1000;
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        limiter.hit(List.of(new Bucket(Policy.ACCOUNT, "concurrent"), new Bucket(Policy.ADDRESS, "192.0.2.1")), now);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(hits("account:concurrent")).isEqualTo(400);
        assertThat(hits("address:192.0.2.1")).isEqualTo(400);
    }

    @Test
    void endedWindowsArePurged() throws SQLException {
        as(COORDINATOR).get("/api/v1/me").then().statusCode(200);
        long now = System.currentTimeMillis() / 1000;
        assertThat(limiter.purge(now)).isZero();
        assertThat(limiter.purge(now + DAY + 1)).isEqualTo(2);
        assertThat(hits("account:" + COORDINATOR.subject)).isZero();
    }

    @Test
    void switchedOffTheLimiterCountsNothing() throws SQLException {
        limiter.use(new Limits(false, limiter.limits().budgets()));
        for (int i = 0; i < 5; i++) {
            as(COORDINATOR).get("/api/v1/me").then().statusCode(200).header("RateLimit", nullValue());
        }
        assertThat(hits("account:" + COORDINATOR.subject)).isZero();
    }

    @Test
    void browsersOfTheSpaOriginMayReadTheHeaders() {
        for (int i = 0; i < 3; i++) {
            as(COORDINATOR).header("Origin", "http://localhost:5173").get("/api/v1/me").then().statusCode(200);
        }
        as(COORDINATOR).header("Origin", "http://localhost:5173").get("/api/v1/me").then().statusCode(429)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
                .header("Access-Control-Expose-Headers", matchesPattern("(.*,)?\\s*RateLimit\\s*(,.*)?"));
    }

    private void limit(int account, int expensive, int anonymous, int address) {
        limiter.use(new Limits(true, Map.of(Policy.ACCOUNT, new Budget(account, DAY), Policy.EXPENSIVE, new Budget(expensive, DAY),
                Policy.ANONYMOUS, new Budget(anonymous, DAY), Policy.ADDRESS, new Budget(address, DAY))));
    }

    private int sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            return s.executeUpdate();
        }
    }

    private int hits(String bucket) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select coalesce(sum(hits), 0) from rate_limit_counter where bucket = ?")) {
            s.setString(1, bucket);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** A GET sent from another loopback address (RestAssured cannot choose its source address). */
    private String rawGet(String fromAddress, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), root.getPort(), InetAddress.getByName(fromAddress), 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}

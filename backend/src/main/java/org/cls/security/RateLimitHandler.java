package org.cls.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cls.common.Problem;
import org.cls.security.RateLimiter.Bucket;
import org.cls.security.RateLimiter.Count;
import org.cls.security.RateLimiter.Policy;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts every {@code /api} request before it reaches JAX-RS (so a 401 counts too) in the {@link RateLimiter}: per account
 * (the token's {@code sub}, {@link CurrentUser#subjectOf}) or, without a valid token, per client address; per address
 * for everyone; and, on the expensive endpoints, in a smaller budget of its own. Every counted response carries the IETF
 * RateLimit fields; an excess answers 429 with {@code Retry-After}.
 * <p>
 * Header syntax of draft-ietf-httpapi-ratelimit-headers-10 (the latest draft, same fields as -09):
 * {@code RateLimit-Policy: "account";q=1200;w=60, "address";q=30000;w=60} (quota, window in seconds) and
 * {@code RateLimit: "account";r=1187;t=42, "address";r=29990;t=42} (remaining, seconds until the window ends),
 * one item per policy that counted the request.
 */
public class RateLimitHandler {

    private static final Logger LOG = Logger.getLogger(RateLimitHandler.class);

    @Inject
    RateLimiter limiter;

    private volatile long lastWarning;

    void install(@Observes Router router) {
        // after CORS (its headers are on the 429 too) and the lazy authentication (-200), before the body checks (RequestLimits, -10)
        router.route("/api/*").order(-20).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        if (!limiter.limits().enabled() || rc.request().method() == HttpMethod.OPTIONS) {
            rc.next();
            return;
        }
        Context context = Vertx.currentContext();
        Uni<SecurityIdentity> deferred = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null || rc.request().getHeader("Authorization") == null) {
            count(rc, context, null);
            return;
        }
        // The identity is memoized: resolving it here costs JAX-RS nothing. An invalid token counts as anonymous; its failure
        // would be answered (401) as soon as resolved, so the failure handler is held back until the request is counted,
        // then JAX-RS meets the failure as before.
        Object failureHandler = rc.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ctx, failure) -> {
        });
        deferred.subscribe().with(identity -> {
            restore(rc, failureHandler);
            count(rc, context, identity == null || identity.isAnonymous() ? null : CurrentUser.subjectOf(identity));
        }, failure -> {
            restore(rc, failureHandler);
            count(rc, context, null);
        });
    }

    private static void restore(RoutingContext rc, Object failureHandler) {
        if (failureHandler == null) {
            rc.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        } else {
            rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
        }
    }

    private void count(RoutingContext rc, Context context, String subject) {
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        List<Bucket> buckets = new ArrayList<>(3);
        buckets.add(subject != null ? new Bucket(Policy.ACCOUNT, subject) : new Bucket(Policy.ANONYMOUS, address));
        if (expensive(rc.request().method(), rc.normalizedPath())) {
            buckets.add(new Bucket(Policy.EXPENSIVE, subject != null ? subject : "ip:" + address));
        }
        buckets.add(new Bucket(Policy.ADDRESS, address));
        long now = System.currentTimeMillis() / 1000;
        context.<List<Count>> executeBlocking(() -> limiter.hit(buckets, now), false).onComplete(result -> {
            if (result.failed()) {
                warn(result.cause());
                rc.next();
                return;
            }
            respond(rc, result.result());
        });
    }

    private void respond(RoutingContext rc, List<Count> counts) {
        rc.response().putHeader("RateLimit-Policy", counts.stream()
                .map(c -> "\"" + c.bucket().policy().id + "\";q=" + c.budget().requests() + ";w=" + c.budget().windowSeconds())
                .collect(Collectors.joining(", ")));
        rc.response().putHeader("RateLimit", counts.stream()
                .map(c -> "\"" + c.bucket().policy().id + "\";r=" + c.remaining() + ";t=" + c.resetSeconds())
                .collect(Collectors.joining(", ")));
        List<Count> exceeded = counts.stream().filter(Count::exceeded).toList();
        if (exceeded.isEmpty()) {
            rc.next();
            return;
        }
        long retryAfter = exceeded.stream().mapToLong(Count::resetSeconds).max().orElse(1);
        Count first = exceeded.get(0);
        JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + "too-many-requests").put("title", "Too Many Requests")
                .put("status", 429)
                .put("detail", "More than " + first.budget().requests() + " requests in " + first.budget().windowSeconds() + " s ("
                        + first.bucket().policy().id + " limit): retry in " + retryAfter + " s.")
                .put("instance", rc.normalizedPath());
        rc.response().setStatusCode(429).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Retry-After", Long.toString(retryAfter))
                .putHeader("Cache-Control", "no-store").end(problem.encode());
    }

    /**
     * The expensive endpoints: rendered PDF (or DOCX) files, the ARS pull and overview (whole territories), the workbook
     * import, histories (audit trail) and the Markdown preview.
     */
    static boolean expensive(HttpMethod method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        p = p.toLowerCase(Locale.ROOT);
        return p.endsWith(".pdf") || p.endsWith(".docx") || p.startsWith("/api/v1/ars/") || p.equals("/api/v1/ars")
                || method == HttpMethod.POST && p.endsWith("/plan.xlsx") || p.endsWith("/history")
                || p.equals("/api/v1/markdown/preview");
    }

    private void warn(Throwable cause) {
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            LOG.warn("rate limit not counted (requests pass meanwhile): " + cause);
        }
    }
}

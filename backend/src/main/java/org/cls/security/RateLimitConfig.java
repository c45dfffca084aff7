package org.cls.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request budgets of the API ({@code cls.rate-limit.*}), see {@link RateLimiter}. The defaults are far above what a
 * person (a page load makes about ten calls) or the ARS reporting tools (a nightly pull) send.
 */
// budgets are set in application.properties (a group takes no @WithDefault)
@ConfigMapping(prefix = "cls.rate-limit")
public interface RateLimitConfig {

    /** Off: no counting, no RateLimit headers. */
    @WithDefault("true")
    boolean enabled();

    /** Every request of one account (the token's {@code sub}). */
    Budget account();

    /** The expensive requests (PDF, ARS pull, workbook import, history, Markdown preview) of one account, or of one address when anonymous. */
    Budget expensive();

    /** Requests without a valid token, per client address. */
    Budget anonymous();

    /** Every request from one client address, signed in or not (many people may share one address). */
    Budget address();

    /** How often counters of past windows are deleted. */
    @WithDefault("5M")
    Duration purgeEvery();

    interface Budget {

        /** Requests allowed per window. */
        int requests();

        /** The window (fixed, aligned on the epoch), from 1 s to 1 day. */
        @WithDefault("60S")
        Duration window();
    }
}

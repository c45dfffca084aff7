-- Request counters of the rate limiter (org.cls.security.RateLimiter), shared by every instance: one row per bucket
-- (policy and caller, e.g. 'account:<sub>') and fixed window. Times are epoch seconds; rows are purged after expires_at.
create table rate_limit_counter (
    bucket       varchar(200) not null,
    window_start bigint       not null,
    expires_at   bigint       not null,
    hits         integer      not null,
    primary key (bucket, window_start)
);
create index rate_limit_counter_expires on rate_limit_counter (expires_at);

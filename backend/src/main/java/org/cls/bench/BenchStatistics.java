package org.cls.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * For the benchmark only ({@code cls.bench.statistics=true}, off by default): turns Hibernate statistics on and
 * publishes the number of SQL statements prepared as {@code cls_bench_sql_statements_total} on /q/metrics.
 */
@ApplicationScoped
public class BenchStatistics {

    @ConfigProperty(name = "cls.bench.statistics", defaultValue = "false")
    boolean enabled;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeterRegistry registry;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        FunctionCounter.builder("cls.bench.sql.statements", statistics, Statistics::getPrepareStatementCount)
                .description("SQL statements prepared by Hibernate since start").register(registry);
    }
}

package org.stepline.datasets.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imported extracts ({@code stepline.imports}) and their referrals ({@code stepline.imports.referrals}). Read from
 * the table, because an import runs as a command in its own process, not in the server that is scraped.
 */
@Component
class ImportMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    ImportMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("stepline.imports", () -> sum("count(*)"))
                .description("Extracts imported")
                .register(registry);
        Gauge.builder("stepline.imports.referrals", () -> sum("coalesce(sum(referrals), 0)"))
                .description("Referrals brought in by imports")
                .register(registry);
    }

    private long sum(String aggregate) {
        return jdbc.sql("select " + aggregate + " from dataset_import")
                .query(Long.class)
                .single();
    }
}

package org.stepline.messaging.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages by status ({@code stepline.messages{status=…}}) and the sender's lag: how long the oldest message that is
 * due has been waiting ({@code stepline.messages.lag}, seconds). Read from the table at each scrape, so every node
 * reports the service's one queue.
 */
@Component
class MessagingMetrics implements MeterBinder {

    private static final String[] STATUSES = {"QUEUED", "SENDING", "SENT", "FAILED", "CANCELLED"};

    private final JdbcClient jdbc;

    MessagingMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : STATUSES) {
            Gauge.builder("stepline.messages", () -> count(status))
                    .description("Messages to patients by status")
                    .tag("status", status.toLowerCase())
                    .register(registry);
        }
        Gauge.builder("stepline.messages.lag", this::lagSeconds)
                .baseUnit("seconds")
                .description("How long the oldest due message has waited to be sent")
                .register(registry);
    }

    private long count(String status) {
        return jdbc.sql("select count(*) from outbound_message where status = ?")
                .param(status)
                .query(Long.class)
                .single();
    }

    private double lagSeconds() {
        @Nullable
        OffsetDateTime oldest =
                jdbc.sql("""
                select min(next_attempt_at) from outbound_message
                where status in ('QUEUED', 'FAILED') and next_attempt_at <= now()""").query(OffsetDateTime.class).optional().orElse(null);
        return oldest == null
                ? 0
                : Math.max(
                        0, Duration.between(oldest.toInstant(), Instant.now()).toMillis() / 1000.0);
    }
}

package org.stepline.audit.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Links the audit entries waiting for their link every {@code stepline.audit.link-interval} (half a second), on
 * the server (commands link for themselves: {@link JdbcAuditChain#verify}). On several nodes each tries, and the
 * one that gets the chain's lock links; the others skip that round.
 */
@Component
@ConditionalOnWebApplication
class AuditLinker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditLinker.class);

    private final JdbcAuditChain chain;
    private final Duration interval;
    private volatile @Nullable ScheduledExecutorService executor;

    AuditLinker(JdbcAuditChain chain, @Value("${stepline.audit.link-interval:500ms}") Duration interval) {
        this.chain = chain;
        this.interval = interval;
    }

    @Override
    public void start() {
        var started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("audit-linker").daemon().factory());
        long every = interval.toMillis();
        started.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void round() {
        try {
            while (chain.linkBatch(false) == JdbcAuditChain.BATCH) {
                // a backlog: go on at once
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Could not link the audit trail's waiting entries; trying again at the next round: {}",
                    e.toString());
        }
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}

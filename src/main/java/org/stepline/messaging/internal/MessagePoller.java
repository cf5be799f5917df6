package org.stepline.messaging.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every {@code stepline.messaging.poll-interval} on the server (not in commands), unless
 * {@code stepline.messaging.enabled=false}. One thread: a round finishes before the next starts.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "stepline.messaging.enabled", havingValue = "true", matchIfMissing = true)
class MessagePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessagePoller.class);

    private final MessageSender sender;
    private final MessagingProperties properties;
    private volatile ScheduledExecutorService executor;

    MessagePoller(MessageSender sender, MessagingProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void start() {
        log.info(
                "Message sender polling every {} (channels set up: {})",
                properties.pollInterval(),
                sender.configuredChannels());
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("message-sender").daemon().factory());
        long every = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            log.error("Message sender round failed; trying again at the next poll", e);
        }
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            sender.stopSending();
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
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

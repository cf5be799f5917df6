package org.stepline.formulation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the board notifications to every node, after the change's transaction has committed, in batches on a
 * connection of its own. PostgreSQL serialises the commits of transactions that issued NOTIFY (one global lock,
 * held while the commit is flushed to disk), so notifying inside each edit's transaction capped the whole service at
 * a few dozen edits a second (docs/benchmarks.md); a batch of notifications in one statement that writes nothing is
 * one short commit. A notification lost to a crash between commit and send is made good by the change log: every
 * node compares its screens' last numbers with the boards' at each heartbeat.
 */
@Component
class Notifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final DataSource dataSource;
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private @Nullable Thread sender;

    Notifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Sends once the current transaction commits (at once outside a transaction); nothing if it rolls back. */
    void afterCommit(String json) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue.add(json);
                }
            });
        } else {
            queue.add(json);
        }
    }

    private void send() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement notify =
                            connection.prepareStatement("select pg_notify(?, n) from unnest(?::text[]) as n")) {
                connection.setAutoCommit(true);
                while (running) {
                    String first = queue.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    List<String> batch = new ArrayList<>(List.of(first));
                    queue.drainTo(batch, 500);
                    notify.setString(1, BoardChanges.CHANNEL);
                    notify.setArray(2, connection.createArrayOf("text", batch.toArray()));
                    notify.execute();
                }
            } catch (SQLException | RuntimeException e) {
                log.warn(
                        "Could not send formulation notifications ({}); the change log catches screens up",
                        e.getMessage());
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        sender = Thread.ofPlatform().name("formulation-notifier").daemon().start(this::send);
    }

    @Override
    public void stop() {
        running = false;
        if (sender != null) {
            sender.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

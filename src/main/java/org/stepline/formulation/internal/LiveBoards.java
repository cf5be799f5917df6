package org.stepline.formulation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

/**
 * This node's open board screens, kept live from PostgreSQL: one connection LISTENs on the change channel and every
 * change, made on any node, is sent to this node's screens of that board. Nothing is kept in one node's memory that
 * another needs: the change log and who is connected are in the database. A screen that reconnects names the last
 * change it saw and is sent the rest from the log; if this node's listening connection drops, every screen is caught
 * up from the log once it is back.
 */
@Component
@ConditionalOnWebApplication
public class LiveBoards implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveBoards.class);
    private static final long STREAM_TIMEOUT_MS = 15 * 60_000L; // the browser reconnects by itself, from where it was

    private final DataSource dataSource;
    private final BoardChanges changes;
    private final Presence presence;
    private final FormulationProperties properties;
    private final String node = UUID.randomUUID().toString();
    private final Map<Long, Set<Subscriber>> byBoard = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private @Nullable Thread listener;
    private @Nullable ScheduledExecutorService heartbeats;

    LiveBoards(DataSource dataSource, BoardChanges changes, Presence presence, FormulationProperties properties) {
        this.dataSource = dataSource;
        this.changes = changes;
        this.presence = presence;
        this.properties = properties;
    }

    /** Opens a screen's stream, sending at once every change after {@code afterSeq} and who is connected. */
    public SseEmitter open(long boardId, Writer role, long afterSeq, @Nullable Instant sharingEndsAt) {
        var emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        var subscriber = new Subscriber(UUID.randomUUID().toString(), boardId, role, sharingEndsAt, emitter, afterSeq);
        emitter.onCompletion(() -> gone(subscriber));
        emitter.onTimeout(() -> gone(subscriber));
        emitter.onError(e -> gone(subscriber));
        byBoard.computeIfAbsent(boardId, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        presence.connected(subscriber.connectionId, boardId, role, node);
        senders.submit(() -> {
            catchUp(subscriber);
            announcePresence(boardId);
        });
        return emitter;
    }

    /** Ends every patient's screen of the board on this node (sharing ended); other nodes do so on the change. */
    void endPatientScreens(long boardId, String json) {
        for (var subscriber : byBoard.getOrDefault(boardId, Set.of())) {
            if (subscriber.role == Writer.PATIENT) {
                subscriber.end(json);
            }
        }
    }

    private void gone(Subscriber subscriber) {
        subscriber.closed();
        var set = byBoard.get(subscriber.boardId);
        if (set != null && set.remove(subscriber)) {
            senders.submit(() -> {
                presence.disconnected(subscriber.connectionId);
                announcePresence(subscriber.boardId);
            });
        }
    }

    private void catchUp(Subscriber subscriber) {
        var missed = changes.after(subscriber.boardId, subscriber.lastSeq());
        if (!missed.isEmpty()) {
            subscriber.deliver(missed.getLast(), after -> changes.after(subscriber.boardId, after));
        }
        sendPresence(subscriber.boardId, true);
    }

    private void announcePresence(long boardId) {
        try {
            changes.notifyNodes("{\"board\":" + boardId + ",\"type\":\"presence\"}");
        } catch (RuntimeException e) {
            log.warn("Could not announce who is connected to a board: {}", e.getMessage());
        }
    }

    private void sendPresence(long boardId, boolean always) {
        var present =
                presence.of(List.of(boardId), properties.presenceTimeout()).getOrDefault(boardId, Set.of());
        String json = Presence.json(present);
        for (var subscriber : byBoard.getOrDefault(boardId, Set.of())) {
            subscriber.presence(json, always);
        }
    }

    /** Keeps this node's screens marked as connected, sends a keep-alive, and ends sharings that ran out. */
    void heartbeat() {
        if (!running) {
            return;
        }
        List<String> ids = new ArrayList<>();
        byBoard.values().forEach(set -> set.forEach(s -> ids.add(s.connectionId)));
        try {
            presence.refresh(ids, properties.presenceTimeout());
            var present = presence.of(byBoard.keySet(), properties.presenceTimeout());
            var lastSeqs = changes.lastSeqs(byBoard.keySet());
            Instant now = Instant.now();
            byBoard.forEach((boardId, set) -> {
                String json = Presence.json(present.getOrDefault(boardId, Set.of()));
                for (var subscriber : set) {
                    if (subscriber.sharingEndsAt != null && !now.isBefore(subscriber.sharingEndsAt)) {
                        subscriber.end("{\"type\":\"ended\",\"reason\":\"EXPIRED\"}");
                    } else {
                        subscriber.presence(json, true);
                        if (subscriber.lastSeq() < lastSeqs.getOrDefault(boardId, 0L)) { // a notification went missing
                            senders.submit(() -> catchUp(subscriber));
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Formulation heartbeat failed: {}", e.getMessage());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + BoardChanges.CHANNEL);
                var pg = connection.unwrap(PGConnection.class);
                catchUpEveryone(); // anything committed while this node was not listening
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (var notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the formulation change listener ({}); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void dispatch(String payload) {
        JsonNode body = BoardChanges.JSON.readTree(payload);
        long boardId = body.get("board").asLong();
        var set = byBoard.get(boardId);
        if (set == null || set.isEmpty()) {
            return;
        }
        String type = body.get("type").asString();
        if ("presence".equals(type)) {
            senders.submit(() -> sendPresence(boardId, false));
            return;
        }
        var change = new Change(boardId, body.get("seq").asLong(), payload);
        for (var subscriber : set) {
            senders.submit(() -> {
                subscriber.deliver(change, after -> changes.after(boardId, after));
                if ("ended".equals(type) && subscriber.role == Writer.PATIENT) {
                    subscriber.end(payload);
                }
            });
        }
    }

    private void catchUpEveryone() {
        byBoard.values().forEach(set -> set.forEach(s -> senders.submit(() -> catchUp(s))));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String node() {
        return node;
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("formulation-listener").daemon().start(this::listen);
        long every = properties.heartbeat().toMillis();
        heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("formulation-heartbeat").daemon().factory());
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
        byBoard.values()
                .forEach(set -> set.forEach(s -> {
                    presence.disconnected(s.connectionId);
                    s.end("{\"type\":\"reconnect\"}");
                }));
        byBoard.clear();
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

package org.stepline.formulation.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open screen: its event stream and the number of the last change it was sent. Changes are sent in order and
 * without gaps: one that arrives ahead of its turn makes the missing ones be read from the log first.
 */
final class Subscriber {

    final String connectionId;
    final long boardId;
    final Writer role;
    final @Nullable Instant sharingEndsAt;
    private final SseEmitter emitter;
    private long lastSeq;
    private boolean closed;
    private @Nullable String lastPresence;

    Subscriber(
            String connectionId,
            long boardId,
            Writer role,
            @Nullable Instant sharingEndsAt,
            SseEmitter emitter,
            long lastSeq) {
        this.connectionId = connectionId;
        this.boardId = boardId;
        this.role = role;
        this.sharingEndsAt = sharingEndsAt;
        this.emitter = emitter;
        this.lastSeq = lastSeq;
    }

    /** Sends the change unless already sent; reads any skipped ones first. False once the screen has gone. */
    synchronized boolean deliver(Change change, LongFunction<List<Change>> logAfter) {
        if (closed || change.seq() <= lastSeq) {
            return !closed;
        }
        List<Change> toSend = change.seq() == lastSeq + 1 ? List.of(change) : logAfter.apply(lastSeq);
        for (var each : toSend) {
            if (each.seq() > lastSeq
                    && !send(SseEmitter.event()
                            .id(Long.toString(each.seq()))
                            .name("change")
                            .data(each.json(), MediaType.APPLICATION_JSON))) {
                return false;
            }
            lastSeq = Math.max(lastSeq, each.seq());
        }
        return true;
    }

    /** Sends who is connected, only when it changed (and as a keep-alive when {@code always}). */
    synchronized boolean presence(String json, boolean always) {
        if (closed) {
            return false;
        }
        if (!always && json.equals(lastPresence)) {
            return true;
        }
        lastPresence = json;
        return send(SseEmitter.event().name("presence").data(json, MediaType.APPLICATION_JSON));
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    synchronized void end(String json) {
        if (!closed) {
            send(SseEmitter.event().name("ended").data(json, MediaType.APPLICATION_JSON));
            closed = true;
            emitter.complete();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void closed() {
        closed = true;
    }

    private boolean send(SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            closed = true;
            emitter.completeWithError(e);
            return false;
        }
    }
}

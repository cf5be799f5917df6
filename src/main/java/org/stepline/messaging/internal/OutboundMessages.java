package org.stepline.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.PatientMessage;

/**
 * The {@code outbound_message} table. Each method is one statement, committed on its own: a claim (QUEUED or FAILED
 * → SENDING) is short, and sending happens outside any transaction.
 */
@Repository
class OutboundMessages {

    /** A claimed message, with what the sender needs to compose it. */
    record Claimed(
            long id,
            long patientId,
            MessageKind kind,
            MessageChannel channel,
            @Nullable Long appointmentId,
            @Nullable Instant appointmentStartsAt,
            @Nullable Long questionnaireRequestId,
            int attempts,
            @Nullable OneOff oneOff,
            @Nullable LinkFrom link,
            @Nullable Instant appointmentMovedFrom) {}

    /** Which module's link a patient link message carries: its issuer and the issuer's own reference. */
    record LinkFrom(String source, long reference) {}

    /** The address and words of a one-off message. */
    record OneOff(String address, String subject, String body) {}

    private final JdbcClient jdbc;

    OutboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a reminder; false when the same reminder (appointment, channel, lead time) is already there for the same
     * time. An appointment announced again at another time (moved) has its unsent reminder queued anew for it.
     */
    boolean queueReminder(
            long patientId,
            long appointmentId,
            Instant startsAt,
            MessageChannel channel,
            Duration lead,
            Instant dueAt) {
        return jdbc.sql("""
                insert into outbound_message (patient_id, kind, channel, appointment_id, appointment_starts_at,
                    lead_minutes, due_at, next_attempt_at)
                values (?, 'APPOINTMENT_REMINDER', ?, ?, ?, ?, ?, ?)
                on conflict (appointment_id, channel, lead_minutes) where kind = 'APPOINTMENT_REMINDER'
                do update set appointment_starts_at = excluded.appointment_starts_at, due_at = excluded.due_at,
                    next_attempt_at = excluded.next_attempt_at, status = 'QUEUED', attempts = 0, last_failure = null,
                    updated_at = now()
                where outbound_message.status in ('QUEUED', 'FAILED', 'CANCELLED')
                  and outbound_message.appointment_starts_at <> excluded.appointment_starts_at""")
                        .params(
                                patientId,
                                channel.name(),
                                appointmentId,
                                utc(startsAt),
                                (int) lead.toMinutes(),
                                utc(dueAt),
                                utc(dueAt))
                        .update()
                == 1;
    }

    /**
     * Stops the appointment's reminders not yet sent that are for another time than {@code startsAt} (it was moved).
     * Returns how many. Those whose lead time is still ahead are then queued anew for the new time.
     */
    int cancelRemindersNotAt(long appointmentId, Instant startsAt) {
        return jdbc.sql("""
                update outbound_message set status = 'CANCELLED', last_failure = 'The appointment was moved to another time',
                    next_attempt_at = null, updated_at = now()
                where kind = 'APPOINTMENT_REMINDER' and appointment_id = ? and appointment_starts_at <> ?
                  and status in ('QUEUED', 'FAILED')""").params(appointmentId, utc(startsAt)).update();
    }

    /** Queues the message telling the patient their appointment moved from {@code from} to {@code startsAt}. */
    long queueMoved(
            long patientId, long appointmentId, Instant from, Instant startsAt, MessageChannel channel, Instant dueAt) {
        return jdbc.sql("""
                insert into outbound_message (patient_id, kind, channel, appointment_id, appointment_starts_at,
                    appointment_moved_from, due_at, next_attempt_at)
                values (?, 'APPOINTMENT_MOVED', ?, ?, ?, ?, ?, ?) returning id""")
                .params(patientId, channel.name(), appointmentId, utc(startsAt), utc(from), utc(dueAt), utc(dueAt))
                .query(Long.class)
                .single();
    }

    /** Queues a questionnaire link (channel null: nobody to send it to, kept as CANCELLED with the reason). */
    boolean queueLink(
            long patientId,
            long requestId,
            @Nullable MessageChannel channel,
            Instant dueAt,
            @Nullable String cancelledBecause) {
        return jdbc.sql("""
                insert into outbound_message (patient_id, kind, channel, questionnaire_request_id, due_at,
                    next_attempt_at, status, last_failure)
                values (?, 'QUESTIONNAIRE_LINK', ?, ?, ?, ?, ?, ?)
                on conflict (questionnaire_request_id) where kind = 'QUESTIONNAIRE_LINK' do nothing""")
                        .params(
                                patientId,
                                channel == null ? null : channel.name(),
                                requestId,
                                utc(dueAt),
                                cancelledBecause == null ? utc(dueAt) : null,
                                cancelledBecause == null ? "QUEUED" : "CANCELLED",
                                cancelledBecause)
                        .update()
                == 1;
    }

    long queueOneOff(MessageChannel channel, String address, String subject, String body, Instant dueAt) {
        return jdbc.sql("""
                insert into outbound_message (kind, channel, address, subject, body, due_at, next_attempt_at)
                values ('ONE_OFF', ?, ?, ?, ?, ?, ?) returning id""")
                .params(channel.name(), address, subject, body, utc(dueAt), utc(dueAt))
                .query(Long.class)
                .single();
    }

    long queuePatientLink(long patientId, MessageChannel channel, String source, long reference, Instant dueAt) {
        return jdbc.sql("""
                insert into outbound_message (patient_id, kind, channel, link_source, link_reference, due_at, next_attempt_at)
                values (?, 'PATIENT_LINK', ?, ?, ?, ?, ?) returning id""")
                .params(patientId, channel.name(), source, reference, utc(dueAt), utc(dueAt))
                .query(Long.class)
                .single();
    }

    /** Of the given questionnaire requests, those that have no message yet. */
    List<Long> linksNotQueued(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r from unnest(?::bigint[]) as r
                where not exists (select 1 from outbound_message m
                                  where m.kind = 'QUESTIONNAIRE_LINK' and m.questionnaire_request_id = r)""")
                .param(requestIds.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    /**
     * Claims up to {@code limit} due messages on the given channels for this node, skipping rows another node has
     * locked: each message is claimed by exactly one node. Counts the attempt.
     */
    List<Claimed> claim(String node, Instant now, Set<MessageChannel> channels, int limit) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update outbound_message m set status = 'SENDING', attempts = m.attempts + 1, claimed_by = ?,
                    claimed_at = ?, updated_at = now()
                where m.id in (select id from outbound_message
                               where status in ('QUEUED', 'FAILED') and next_attempt_at <= ? and channel = any(?)
                               order by next_attempt_at, id limit ? for update skip locked)
                returning m.id, m.patient_id, m.kind, m.channel, m.appointment_id, m.appointment_starts_at,
                          m.questionnaire_request_id, m.attempts, m.address, m.subject, m.body, m.link_source,
                          m.link_reference, m.appointment_moved_from""")
                .params(
                        node,
                        utc(now),
                        utc(now),
                        channels.stream().map(Enum::name).toArray(String[]::new),
                        limit)
                .query(OutboundMessages::claimed)
                .list();
    }

    /**
     * Messages left SENDING longer than {@code stuckAfter} (their node died or lost the database) become FAILED and
     * due again, unless that was their last attempt. Returns how many.
     */
    int releaseStuck(Instant now, Duration stuckAfter, int maxAttempts) {
        return jdbc.sql("""
                update outbound_message set status = 'FAILED', claimed_by = null, updated_at = now(),
                    last_failure = 'The sending node stopped before it confirmed this message; it may have been sent',
                    next_attempt_at = case when attempts < ? then ?::timestamptz end
                where status = 'SENDING' and claimed_at < ?""")
                .params(maxAttempts, utc(now), utc(now.minus(stuckAfter)))
                .update();
    }

    /**
     * Gives back a message this node claimed but has not started to send (the node is shutting down): QUEUED again,
     * its attempt not counted, due at once for whichever node polls next.
     */
    boolean release(long id, String node) {
        return jdbc.sql("""
                update outbound_message set status = 'QUEUED', attempts = attempts - 1, claimed_by = null,
                    claimed_at = null, updated_at = now()
                where id = ? and status = 'SENDING' and claimed_by = ?""").params(id, node).update() == 1;
    }

    boolean markSent(long id, String node, Instant at, @Nullable String providerReference) {
        return jdbc.sql("""
                update outbound_message set status = 'SENT', sent_at = ?, provider_reference = ?, last_failure = null,
                    next_attempt_at = null, updated_at = now()
                where id = ? and status = 'SENDING' and claimed_by = ?""").params(utc(at), providerReference, id, node).update() == 1;
    }

    /** FAILED with the reason; tried again at {@code retryAt}, or never when it is null. */
    boolean markFailed(long id, String node, String reason, @Nullable Instant retryAt) {
        return jdbc.sql("""
                update outbound_message set status = 'FAILED', last_failure = ?, next_attempt_at = ?, updated_at = now()
                where id = ? and status = 'SENDING' and claimed_by = ?""").params(reason, utc(retryAt), id, node).update() == 1;
    }

    boolean markCancelled(long id, String node, String reason) {
        return jdbc.sql("""
                update outbound_message set status = 'CANCELLED', last_failure = ?, next_attempt_at = null,
                    updated_at = now()
                where id = ? and status = 'SENDING' and claimed_by = ?""").params(reason, id, node).update() == 1;
    }

    /** Stops every message not yet sent to the patient on a channel. Returns how many. */
    int cancelPending(long patientId, MessageChannel channel, String reason) {
        return jdbc.sql("""
                update outbound_message set status = 'CANCELLED', last_failure = ?, next_attempt_at = null,
                    updated_at = now()
                where patient_id = ? and channel = ? and status in ('QUEUED', 'FAILED')""").params(reason, patientId, channel.name()).update();
    }

    /** {@code linkLabels}: what each link source's messages are, in words. */
    List<PatientMessage> forPatient(long patientId, java.util.function.Function<String, String> linkLabels) {
        return jdbc.sql("""
                select id, kind, channel, due_at, status, attempts, last_failure, next_attempt_at, sent_at, link_source
                from outbound_message where patient_id = ? order by due_at desc, id desc""")
                .param(patientId)
                .query((rs, n) -> new PatientMessage(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("channel") == null ? null : MessageChannel.valueOf(rs.getString("channel")),
                        instant(rs, "due_at"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_failure"),
                        instant(rs, "next_attempt_at"),
                        instant(rs, "sent_at"),
                        rs.getString("link_source") == null ? null : linkLabels.apply(rs.getString("link_source"))))
                .list();
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        return new Claimed(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                MessageKind.valueOf(rs.getString("kind")),
                MessageChannel.valueOf(rs.getString("channel")),
                rs.getObject("appointment_id", Long.class),
                instant(rs, "appointment_starts_at"),
                rs.getObject("questionnaire_request_id", Long.class),
                rs.getInt("attempts"),
                rs.getString("address") == null
                        ? null
                        : new OneOff(rs.getString("address"), rs.getString("subject"), rs.getString("body")),
                rs.getString("link_source") == null
                        ? null
                        : new LinkFrom(rs.getString("link_source"), rs.getLong("link_reference")),
                instant(rs, "appointment_moved_from"));
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

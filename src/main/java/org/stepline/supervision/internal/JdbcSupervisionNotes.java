package org.stepline.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.identity.StaffDirectory;
import org.stepline.supervision.Decision;
import org.stepline.supervision.SupervisionAction;
import org.stepline.supervision.SupervisionNote;
import org.stepline.supervision.SupervisionNotes;

/** The supervision_note and supervision_action tables; staff names come from the staff directory. */
@Repository
class JdbcSupervisionNotes implements SupervisionNotes {

    private static final String ACTIONS = """
            select a.id, n.patient_id, a.note_id, a.description, a.owner_id, a.due_on, a.done_at
            from supervision_action a join supervision_note n on n.id = a.note_id""";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    JdbcSupervisionNotes(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    private record ActionRow(
            long id,
            long patientId,
            long noteId,
            String description,
            long ownerId,
            LocalDate dueOn,
            @Nullable Instant doneAt) {}

    private record NoteRow(
            long id, long referralId, String discussion, Decision decision, long recordedBy, Instant recordedAt) {}

    @Override
    public List<SupervisionNote> forPatient(long patientId) {
        var actions = jdbc.sql(ACTIONS + " where n.patient_id = ? order by a.id")
                .param(patientId)
                .query((rs, n) -> actionRow(rs))
                .list();
        var notes = jdbc.sql("""
                select id, referral_id, discussion, decision, recorded_by, recorded_at from supervision_note
                where patient_id = ? order by recorded_at desc, id desc""")
                .param(patientId)
                .query((rs, n) -> new NoteRow(
                        rs.getLong("id"),
                        rs.getLong("referral_id"),
                        rs.getString("discussion"),
                        Decision.valueOf(rs.getString("decision")),
                        rs.getLong("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
        var ids = new HashSet<Long>();
        notes.forEach(note -> ids.add(note.recordedBy()));
        actions.forEach(action -> ids.add(action.ownerId()));
        var names = staff.namesOf(ids);
        var byNote = actions.stream()
                .collect(Collectors.groupingBy(
                        ActionRow::noteId, Collectors.mapping(row -> action(row, names), Collectors.toList())));
        return notes.stream()
                .map(note -> new SupervisionNote(
                        note.id(),
                        note.referralId(),
                        note.discussion(),
                        note.decision(),
                        names.getOrDefault(note.recordedBy(), "Unknown"),
                        note.recordedAt(),
                        byNote.getOrDefault(note.id(), List.of())))
                .toList();
    }

    @Override
    public List<SupervisionAction> openActionsOwnedBy(long staffId) {
        return withNames(jdbc.sql(ACTIONS + " where a.owner_id = ? and a.done_at is null order by a.due_on, a.id")
                .param(staffId)
                .query((rs, n) -> actionRow(rs))
                .list());
    }

    long insertNote(long patientId, long referralId, long teamId, String discussion, Decision decision, long by) {
        return jdbc.sql("""
                insert into supervision_note (patient_id, referral_id, team_id, discussion, decision, recorded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(patientId, referralId, teamId, discussion, decision.name(), by)
                .query(Long.class)
                .single();
    }

    void insertAction(long noteId, String description, long ownerId, LocalDate dueOn) {
        jdbc.sql("insert into supervision_action (note_id, description, owner_id, due_on) values (?, ?, ?, ?)")
                .params(noteId, description, ownerId, dueOn)
                .update();
    }

    Optional<SupervisionAction> findAction(long actionId) {
        return withNames(jdbc.sql(ACTIONS + " where a.id = ?")
                        .param(actionId)
                        .query((rs, n) -> actionRow(rs))
                        .list())
                .stream()
                .findFirst();
    }

    /** Marks an open action done; false when it was already done. */
    boolean markDone(long actionId, long by) {
        return jdbc.sql("update supervision_action set done_at = now(), done_by = ? where id = ? and done_at is null")
                        .params(by, actionId)
                        .update()
                == 1;
    }

    /** Hands the referral's open actions owned by one clinician to another; returns how many. */
    int handOverOpenActions(long referralId, long fromOwnerId, long toOwnerId) {
        return jdbc.sql("""
                update supervision_action a set owner_id = ? from supervision_note n
                where n.id = a.note_id and n.referral_id = ? and a.owner_id = ? and a.done_at is null""").params(toOwnerId, referralId, fromOwnerId).update();
    }

    private List<SupervisionAction> withNames(List<ActionRow> rows) {
        var names = staff.namesOf(rows.stream().map(ActionRow::ownerId).collect(Collectors.toSet()));
        return rows.stream().map(row -> action(row, names)).toList();
    }

    private static SupervisionAction action(ActionRow row, Map<Long, String> names) {
        return new SupervisionAction(
                row.id(),
                row.patientId(),
                row.description(),
                row.ownerId(),
                names.getOrDefault(row.ownerId(), "Unknown"),
                row.dueOn(),
                row.doneAt());
    }

    private static ActionRow actionRow(ResultSet rs) throws SQLException {
        return new ActionRow(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                rs.getLong("note_id"),
                rs.getString("description"),
                rs.getLong("owner_id"),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("done_at") == null ? null : instant(rs, "done_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

package org.stepline.supervision.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.supervision.SupervisionAction;

/** Records supervision notes with their actions, and marks actions done: all or nothing, and audited. */
@Service
public class SupervisionNoteRecording {

    private final JdbcSupervisionNotes notes;
    private final StaffDirectory staff;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionNoteRecording(
            JdbcSupervisionNotes notes,
            StaffDirectory staff,
            PatientDirectory patients,
            AuditTrail audit,
            Clock clock) {
        this.notes = notes;
        this.staff = staff;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** Ids of the clinicians of a team: who may own an action. */
    public Set<Long> ownersIn(long teamId) {
        return staff.cliniciansOf(teamId).stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    /**
     * Problems with the form by field; when there are none the note and its actions are saved together. The caller
     * has passed {@code PatientDirectory.requireAccess} outside this transaction, so that a refusal stays audited.
     */
    @Transactional
    public Map<String, String> record(ReferralSummary referral, NoteForm form) {
        var problems = form.problems(ownersIn(referral.teamId()), ServiceTime.dateOf(clock.instant()));
        if (!problems.isEmpty()) {
            return problems;
        }
        var decision = form.decisionValue();
        long noteId = notes.insertNote(
                referral.patientId(),
                referral.id(),
                referral.teamId(),
                form.discussion().strip(),
                decision,
                staff.current().id());
        var actions = form.actions();
        var names = staff.namesOf(actions.stream().map(NoteForm.Action::ownerId).toList());
        StringBuilder detail = new StringBuilder(
                "Recorded a supervision note on referral " + referral.pathwayId() + ": decision " + decision.label());
        for (var action : actions) {
            notes.insertAction(noteId, action.description(), action.ownerId(), action.dueOn());
            detail.append("; action for ")
                    .append(names.get(action.ownerId()))
                    .append(" due ")
                    .append(ServiceTime.date(action.dueOn()))
                    .append(": ")
                    .append(action.description());
        }
        audit.created(referral.patientId(), detail.toString());
        return Map.of();
    }

    /** An action by id, once the signed-in clinician may see its patient (a refusal is audited). */
    public SupervisionAction requireAction(long actionId) {
        var action = notes.findAction(actionId).orElseThrow(() -> new NotFoundException("Action " + actionId));
        patients.requireAccess(action.patientId());
        return action;
    }

    /** Marks an action done: by its owner, or by a supervisor of the patient's team. */
    @Transactional
    public void markDone(SupervisionAction action) {
        var me = staff.current();
        if (action.ownerId() != me.id() && me.role() != org.stepline.identity.Role.SUPERVISOR) {
            throw new AccessDeniedException("Only the owner or a supervisor may mark an action done");
        }
        if (notes.markDone(action.id(), me.id())) {
            audit.updated(action.patientId(), "Marked a supervision action done: " + action.description());
        }
    }
}

package org.stepline.measures.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.AccessDeniedException;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.TypedText;

/** A clinician acknowledging a risk alert, always with a note of what was done; audited. */
@Service
public class RiskAcknowledgements {

    private final RiskAlertStore store;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final StaffDirectory staff;

    RiskAcknowledgements(RiskAlertStore store, PatientDirectory patients, AuditTrail audit, StaffDirectory staff) {
        this.store = store;
        this.patients = patients;
        this.audit = audit;
        this.staff = staff;
    }

    /** {@code patientId} is 0 for an alert of a self-referral not yet triaged (no patient yet); {@code noteProblem}:
     * why the note typed cannot be kept, the form is then shown again with it. */
    public record Result(long patientId, boolean acknowledged, String message, @Nullable String noteProblem,
            String alertReason) {

        public Result(long patientId, boolean acknowledged, String message) {
            this(patientId, acknowledged, message, null, "");
        }
    }

    @Transactional
    public Result acknowledge(long alertId, String note, long staffId) {
        var row = store.find(alertId).orElseThrow(() -> new NotFoundException("Risk alert " + alertId));
        long patientId = row.alert().patientId();
        if (row.alert().awaitingTriage()) {
            requireTeamClinician(row.teamId(), alertId);
        } else {
            patients.requireAccess(patientId);
        }
        if (note == null || note.isBlank()) {
            return new Result(patientId, false, "To acknowledge a risk alert, write a note of what you have done or will do.");
        }
        var problem = TypedText.problemWith(note, TypedText.Kind.NOTE, "note");
        if (problem.isPresent()) {
            return new Result(patientId, false, problem.get(), problem.get(), row.alert().reason());
        }
        if (!store.acknowledge(alertId, staffId, note.trim())) {
            return new Result(patientId, false, "This risk alert had already been acknowledged.");
        }
        audit.record(patientId == 0 ? null : patientId, AuditAction.UPDATE, "Acknowledged risk alert " + alertId
                + (row.alert().awaitingTriage() ? " of self-referral " + row.alert().selfReferralId() : "") + ": "
                + row.alert().reason());
        return new Result(patientId, true, "Risk alert acknowledged.");
    }

    private void requireTeamClinician(long teamId, long alertId) {
        var me = staff.current();
        if (!me.isClinician() || !me.belongsTo(teamId)) {
            audit.denied(null, "Refused to acknowledge risk alert " + alertId + " (not in the team)");
            throw new AccessDeniedException("Not in the alert's team");
        }
    }
}

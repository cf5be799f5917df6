package org.stepline.measures.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.FormResult;
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

    /** The acknowledgement page drawn again: the note typed could not be kept ({@code problem} says why).
     * {@code patientId} is 0 for an alert of a self-referral not yet triaged (no patient yet). */
    public record NotePage(long alertId, long patientId, String alertReason, String note, String problem) {}

    /** Saved (or not needed, or not possible: a message and the alert's patient, or the team's alerts, to go back to),
     * or refused when the note typed cannot be kept: the form is then shown again with it. */
    @Transactional
    public FormResult<NotePage> acknowledge(long alertId, String note, long staffId) {
        var row = store.find(alertId).orElseThrow(() -> new NotFoundException("Risk alert " + alertId));
        long patientId = row.alert().patientId();
        String back = patientId == 0 ? "/risk-alerts" : "/patients/" + patientId;
        if (row.alert().awaitingTriage()) {
            requireTeamClinician(row.teamId(), alertId);
        } else {
            patients.requireAccess(patientId);
        }
        if (note == null || note.isBlank()) {
            return FormResult.saved(
                    "To acknowledge a risk alert, write a note of what you have done or will do.", back);
        }
        var problem = TypedText.problemWith(note, TypedText.Kind.NOTE, "note");
        if (problem.isPresent()) {
            return FormResult.refused(
                    new NotePage(alertId, patientId, row.alert().reason(), note, problem.get()));
        }
        if (!store.acknowledge(alertId, staffId, note.trim())) {
            return FormResult.saved("This risk alert had already been acknowledged.", back);
        }
        audit.record(
                patientId == 0 ? null : patientId,
                AuditAction.UPDATE,
                "Acknowledged risk alert " + alertId
                        + (row.alert().awaitingTriage()
                                ? " of self-referral " + row.alert().selfReferralId()
                                : "") + ": "
                        + row.alert().reason());
        return FormResult.saved("Risk alert acknowledged.", back);
    }

    private void requireTeamClinician(long teamId, long alertId) {
        var me = staff.current();
        if (!me.isClinician() || !me.belongsTo(teamId)) {
            audit.denied(null, "Refused to acknowledge risk alert " + alertId + " (not in the team)");
            throw new AccessDeniedException("Not in the alert's team");
        }
    }
}

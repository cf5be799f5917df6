package org.stepline.measures.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.TypedText;

/** A clinician acknowledging a risk alert, always with a note of what was done; audited. */
@Service
public class RiskAcknowledgements {

    private final RiskAlertStore store;
    private final PatientDirectory patients;
    private final AuditTrail audit;

    RiskAcknowledgements(RiskAlertStore store, PatientDirectory patients, AuditTrail audit) {
        this.store = store;
        this.patients = patients;
        this.audit = audit;
    }

    /** {@code noteProblem}: why the note typed cannot be kept; the form is then shown again with it. */
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
        patients.requireAccess(patientId);
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
        audit.updated(patientId, "Acknowledged risk alert " + alertId + ": " + row.alert().reason());
        return new Result(patientId, true, "Risk alert acknowledged.");
    }
}

package org.stepline.patients.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.audit.PatientAccessLog;
import org.stepline.patients.PatientDisclosures;
import org.stepline.shared.NhsNumber;

@Service
class JdbcPatientDisclosures implements PatientDisclosures {

    private final PatientStore store;
    private final PatientAccessLog log;
    private final AuditTrail audit;

    JdbcPatientDisclosures(PatientStore store, PatientAccessLog log, AuditTrail audit) {
        this.store = store;
        this.log = log;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<Answer> whoSaw(NhsNumber nhsNumber) {
        return store.withNhsNumber(nhsNumber).flatMap(patient -> answer(patient.id(), null));
    }

    @Override
    @Transactional
    public Optional<Answer> whoSaw(long patientId) {
        return answer(patientId, null);
    }

    @Override
    @Transactional
    public Optional<Answer> whoSawFor(String actor, NhsNumber nhsNumber) {
        return store.withNhsNumber(nhsNumber).flatMap(patient -> answer(patient.id(), actor));
    }

    /** The answer, then its own entry: an administrator reading who saw a patient is itself on the trail. */
    private Optional<Answer> answer(long patientId, @Nullable String actor) {
        var details = store.details(patientId);
        if (details.isEmpty()) {
            return Optional.empty();
        }
        var accesses = log.whoSaw(patientId);
        String what = "Looked up who has seen the patient's details (" + accesses.size() + " entries)";
        if (actor == null) {
            audit.record(patientId, AuditAction.ADMIN, what);
        } else {
            audit.recordBy(actor, patientId, AuditAction.ADMIN, what);
        }
        return Optional.of(
                new Answer(patientId, details.get().fullName(), details.get().nhsNumber(), accesses));
    }
}

package org.stepline.patients;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.audit.PatientAccessLog;
import org.stepline.shared.NhsNumber;

/**
 * Who has seen a patient's details, and when, found by NHS number: the answer to a subject-access or Caldicott
 * request, for administrators (the page) and operators (the command line). Every answer given is itself audited.
 */
public interface PatientDisclosures {

    record Answer(
            long patientId,
            String patientName,
            @Nullable NhsNumber nhsNumber,
            List<PatientAccessLog.Access> accesses) {}

    /** For the signed-in administrator; empty when no patient has the number. */
    Optional<Answer> whoSaw(NhsNumber nhsNumber);

    /** For the signed-in administrator, by the patient's id. */
    Optional<Answer> whoSaw(long patientId);

    /** For someone at the command line, named as the audit's actor. */
    Optional<Answer> whoSawFor(String actor, NhsNumber nhsNumber);
}

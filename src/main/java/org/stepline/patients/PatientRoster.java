package org.stepline.patients;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.NhsNumber;

/**
 * Finding patients without a signed-in clinician: for the API used by other systems, whose caller is checked by team
 * in the fhir module. Nothing here checks access or audits; callers do both.
 */
public interface PatientRoster {

    Optional<PatientHeadline> byNhsNumber(NhsNumber nhsNumber);

    /** Patients of the given teams in id order, changed at or after {@code changedSince} (null: whenever). */
    List<PatientHeadline> inTeams(Collection<Long> teamIds, @Nullable Instant changedSince, int offset, int limit);

    /**
     * As {@link #inTeams}, the page after the patient {@code afterId} (0 for the first page): a long walk, such as a
     * bulk export, reads each page through the index instead of counting past every patient before it.
     */
    List<PatientHeadline> inTeamsAfter(
            Collection<Long> teamIds, @Nullable Instant changedSince, long afterId, int limit);

    long countInTeams(Collection<Long> teamIds, @Nullable Instant changedSince);

    /** When the patient's details were last changed. */
    Optional<Instant> lastChanged(long patientId);
}

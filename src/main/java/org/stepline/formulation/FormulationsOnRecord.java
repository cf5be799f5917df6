package org.stepline.formulation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The record page's formulation section: a patient's boards and the versions kept of them. Like the record's other
 * sections, the caller checks access ({@code PatientDirectory.requireAccess}) and audits the page it shows.
 */
public interface FormulationsOnRecord {

    /** A board and its kept versions, newest first. */
    record BoardOnRecord(long boardId, long referralId, String modelName, List<KeptVersion> versions) {}

    record KeptVersion(
            long versionId,
            int number,
            Instant keptAt,
            @Nullable String keptBy) {}

    List<BoardOnRecord> forPatient(long patientId);
}

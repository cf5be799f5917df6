package org.stepline.patients;

import java.util.Collection;
import java.util.Map;

/** How other modules find patients and check that the signed-in clinician may see them. */
public interface PatientDirectory {

    /**
     * The patient, if the signed-in member of staff is a clinician in the patient's team. Otherwise the refusal is
     * written to the audit trail and an access-denied error is thrown (a 403 page); an unknown id is a 404.
     */
    PatientHeadline requireAccess(long patientId);

    /** Headlines by id, without an access check: for lists already restricted to the caller's team. */
    Map<Long, PatientHeadline> headlines(Collection<Long> patientIds);

    /** Identity, demographics and telephone work, after {@link #requireAccess(long)} has passed. */
    PatientDetails details(long patientId);

    /** Telephone and mode preferences, after {@link #requireAccess(long)} has passed. */
    ContactPreferences contactPreferences(long patientId);
}

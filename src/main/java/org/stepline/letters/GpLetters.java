package org.stepline.letters;

import java.util.List;

/** Letters to the GP for the record page. Callers check access to the patient first. */
public interface GpLetters {

    /** Every letter written about a patient, newest first. */
    List<GpLetterSummary> forPatient(long patientId);
}

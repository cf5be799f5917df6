package org.stepline.measures;

/** The measures part of a patient's record. Callers check access to the patient first. */
public interface PatientMeasures {

    MeasuresPanel panelFor(long patientId);
}

package org.stepline.supervision;

import java.util.List;

/** Supervision notes and actions for other modules' pages. Callers check access to the patient first. */
public interface SupervisionNotes {

    /** Every supervision note of a patient with its actions, newest first. */
    List<SupervisionNote> forPatient(long patientId);

    /** Actions a clinician owns and has not yet marked done, soonest due first. */
    List<SupervisionAction> openActionsOwnedBy(long staffId);
}

package org.stepline.measures;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Risk alerts for other modules' pages. Callers check access to the patient (or restrict to their team) first. */
public interface RiskAlerts {

    /** Unacknowledged alerts by patient id. */
    Map<Long, List<RiskAlert>> openFor(Collection<Long> patientIds);

    /** Every alert of a patient, newest first. */
    List<RiskAlert> forPatient(long patientId);

    /** Unacknowledged alerts in a team, oldest first. */
    List<RiskAlert> openInTeam(long teamId);
}

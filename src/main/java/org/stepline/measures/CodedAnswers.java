package org.stepline.measures;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Completed questionnaires answer by answer, each answer with the national code (SNOMED CT) of its item: for reports
 * and exports of unscored instruments such as the PEQ. Callers check access to the patients (or report only counts).
 */
public interface CodedAnswers {

    /** Per referral, the latest completed administration of the instrument; referrals without one are absent. */
    Map<Long, CodedAdministration> latestFor(Collection<Long> referralIds, String instrumentId);

    /** Every completed administration of the instrument for a patient, oldest first. */
    List<CodedAdministration> forPatient(long patientId, String instrumentId);
}

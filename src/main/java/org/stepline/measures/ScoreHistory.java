package org.stepline.measures;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Scores for other modules. Callers check access to the patient first. */
public interface ScoreHistory {

    /** Every completed questionnaire of a patient, oldest first. */
    List<ScoreEntry> forPatient(long patientId);

    /** Per referral, the first and latest PHQ-9, GAD-7 and WSAS totals. */
    Map<Long, List<ScoreSummary>> summariesFor(Collection<Long> referralIds);

    /** Every scored questionnaire of the given referrals, by referral, completion time and recording order. */
    List<ScoreTotal> totalsOf(Collection<Long> referralIds);
}

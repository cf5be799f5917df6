package org.stepline.measures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questionnaires a person answers when they refer themselves, before they are anyone's patient: which are asked,
 * whether an answer is allowed and is a risk answer, their scores for triage, a risk alert raised at once, and
 * storing them against the referral once staff take it in. Answers are as typed: the value, or "NA".
 */
public interface ReferralQuestionnaires {

    /** PHQ-9, GAD-7, WSAS and the phobia scales, in that order (those the catalogue holds). */
    List<Instrument> asked();

    /** Why an answer to one question is not allowed; empty when it is. */
    Optional<String> problemWith(String instrumentId, int item, String answer);

    /** The risk rule an answer breaks (PHQ-9 item 9 above 0), if any. */
    Optional<Instrument.RiskRule> riskIn(String instrumentId, int item, String answer);

    /** The score of a complete set of answers, for the triage page; unscored when any answer is missing. */
    Score score(String instrumentId, Map<Integer, String> answers);

    /**
     * Raises a risk alert for a self-referral not yet triaged: on the team's risk alert page at once, until a
     * clinician acknowledges it.
     */
    long raiseBeforeTriage(long teamId, long selfReferralId, String reason);

    /**
     * Stores complete sets of answers against the referral, as completed at referral, and joins the self-referral's
     * risk alerts to the patient (no second alert for the same answer). Audited by the caller.
     */
    void storeAtReferral(
            long selfReferralId,
            long patientId,
            long referralId,
            long teamId,
            Instant completedAt,
            Map<String, Map<Integer, String>> answers);
}

package org.stepline.supervision.internal;

import java.util.List;
import org.stepline.measures.ScoreSummary;

/**
 * What the supervision flags need from one referral's recorded contacts and scores: everything but its stage and
 * dates (read from the referral) and its patient's risk alerts (read from measures). Not time-dependent, so it can
 * be kept from one change to the next; the date-based flags are worked out from it when the flags are.
 */
public record FlagInputs(long referralId, FlagRules.ContactFacts contacts, List<ScoreSummary> scores) {

    static FlagInputs none(long referralId) {
        return new FlagInputs(referralId, FlagRules.ContactFacts.NONE, List.of());
    }
}

package org.stepline.referrals;

import java.util.List;

/**
 * What followed a move of referrals elsewhere in the record, told back in the words of the answer the person who
 * moved them reads (for example what became of the booked appointments). Implemented by the modules that follow a
 * {@link ReferralReallocated}; asked after they have followed, in the same transaction.
 */
public interface ReallocationFollowUp {

    /** Sentences to add to the answer, each starting with a space; empty when there is nothing to say. */
    String whatFollowed(List<Long> movedReferralIds, String toName);
}

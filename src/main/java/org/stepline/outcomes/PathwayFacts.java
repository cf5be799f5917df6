package org.stepline.outcomes;

import java.util.Iterator;
import java.util.List;
import org.stepline.measures.ScoreTotal;
import org.stepline.referrals.ReferralOutline;
import org.stepline.scheduling.CareContact;

/**
 * Every pathway of one data source with its care contacts and scores, handed over by a module that holds them
 * already (an import has just read them from its files), so that their outcome rows are computed without reading
 * tens of millions of rows back from the record. What it hands over must be exactly what the record now holds:
 * contacts with an outcome recorded (attendance other than 0), scored administrations.
 */
public interface PathwayFacts {

    /** Calls {@code visitor} once per pathway, from a single thread, in ascending order of referral id. */
    void forEach(Visitor visitor);

    /**
     * The same pathways cut into consecutive pages of at most {@code size}, in order, so that a rebuild works out one
     * page while it writes the one before. Each page is visited once, on another thread than the one that took it,
     * one page at a time.
     */
    Iterator<PathwayFacts> pages(int size);

    /** Every referral with an id from {@code first} to {@code last} is among the pathways handed over. */
    Ids referralIds();

    record Ids(long first, long last) {

        public static final Ids NONE = new Ids(Long.MAX_VALUE, Long.MIN_VALUE);
    }

    @FunctionalInterface
    interface Visitor {

        /** One pathway; the lists may be reused after the call returns, so keep nothing from them. */
        void pathway(ReferralOutline referral, List<CareContact> contacts, List<ScoreTotal> scores);
    }
}

package org.stepline.outcomes.internal;

import org.jspecify.annotations.Nullable;

/** The service figures of outcomes.md, in the order they are shown, with the national standard where there is one. */
public enum Figure {
    REFERRALS("Referrals received", "received in the period", null),
    ENDED("Pathways ended", "discharged in the period", null),
    FINISHED("Finished a course of treatment", "ended with 2 or more treatment sessions", null),
    RECOVERY("Recovery", "of those finished who were at caseness at the start", 0.50),
    RELIABLE_RECOVERY("Reliable recovery", "of those finished who were at caseness at the start", null),
    RELIABLE_IMPROVEMENT("Reliable improvement", "of those finished", null),
    RELIABLE_DETERIORATION("Reliable deterioration", "of those finished", null),
    FIRST_TREATMENT_6_WEEKS("First treatment within 6 weeks", "of those finished", 0.75),
    FIRST_TREATMENT_18_WEEKS("First treatment within 18 weeks", "of those finished", 0.95),
    SECOND_TREATMENT_OVER_28_DAYS(
            "More than 28 days from 1st to 2nd treatment", "of 2nd treatments in the period", null),
    SECOND_TREATMENT_OVER_90_DAYS(
            "More than 90 days from 1st to 2nd treatment", "of 2nd treatments in the period", null),
    ENDED_TREATED_ONCE("Ended after 1 treatment session", "of those ended", null),
    OPEN_NO_CONTACT_90_DAYS(
            "Open, no treatment contact for 90 days",
            "of those open at the end of the period who have had treatment (the national figure)",
            null),
    /** Stepline's own, broader figure, shown beside the national one and labelled as ours. */
    OPEN_NO_CONTACT_90_DAYS_STEPLINE(
            "Open, no contact of any kind for 90 days (Stepline's own figure)",
            "of all those open at the end of the period, treated or not",
            null),
    DID_NOT_ATTEND("Did not attend", "of appointments with an outcome", null),
    PAIRED_SCORES("Scores paired on both measures", "of those finished", null);

    private final String label;
    private final String denominator;
    private final @Nullable Double standard;

    Figure(String label, String denominator, @Nullable Double standard) {
        this.label = label;
        this.denominator = denominator;
        this.standard = standard;
    }

    public String label() {
        return label;
    }

    /** What the rate is out of, in plain words. */
    public String denominator() {
        return denominator;
    }

    public @Nullable Double standard() {
        return standard;
    }

    /** Counts are shown as numbers; every other figure is a rate with an interval. */
    public boolean isCount() {
        return this == REFERRALS || this == ENDED || this == FINISHED;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

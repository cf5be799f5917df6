package org.stepline.measures;

/** How an instrument's answers become a score. Each rule is one function in {@code ScoringRules}. */
public enum ScoringRule {
    /** Total of every item; every item must be answered (PHQ-9, GAD-7). */
    SUM,
    /** Total of the answered items; items marked not applicable are left out (WSAS without item 1). */
    SUM_ANSWERED,
    /** Each item is reported on its own; there is no total (IAPT phobia scales). */
    PER_ITEM,
    /** Answers are stored, not scored (PEQ). */
    NONE;

    public boolean producesTotal() {
        return this == SUM || this == SUM_ANSWERED;
    }
}

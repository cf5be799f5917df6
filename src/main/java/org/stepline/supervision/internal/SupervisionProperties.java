package org.stepline.supervision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the supervision flags. Rises are reliable deterioration on PHQ-9 and GAD-7; caseness is the
 * score at or above which a patient still meets the clinical threshold; planned sessions are per step.
 */
@ConfigurationProperties("stepline.supervision")
public record SupervisionProperties(@DefaultValue("6") int phq9Rise, @DefaultValue("4") int gad7Rise,
        @DefaultValue("4") int treatmentContactsBeforeImprovement, @DefaultValue("28") int waitingAmberDays,
        @DefaultValue("42") int waitingRedDays, @DefaultValue("14") int daysWithoutContact,
        @DefaultValue("2") int missedInARow, @DefaultValue("10") int phq9Caseness, @DefaultValue("8") int gad7Caseness,
        @DefaultValue("8") int plannedSessionsStep2, @DefaultValue("16") int plannedSessionsStep3) {

    public static final SupervisionProperties DEFAULTS = new SupervisionProperties(6, 4, 4, 28, 42, 14, 2, 10, 8, 8, 16);

    public int plannedSessions(int step) {
        return step >= 3 ? plannedSessionsStep3 : plannedSessionsStep2;
    }
}

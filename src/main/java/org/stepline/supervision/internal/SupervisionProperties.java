package org.stepline.supervision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Supervision's own settings: how long is too long to wait or to go without contact, how many missed appointments
 * or sessions without improvement call for a look, and the sessions planned per step. Clinical thresholds
 * (caseness, reliable change) are not here: they are the instrument files', read through {@code ScoreSummary}.
 */
@ConfigurationProperties("stepline.supervision")
public record SupervisionProperties(
        @DefaultValue("4") int treatmentContactsBeforeImprovement,
        @DefaultValue("28") int waitingAmberDays,
        @DefaultValue("42") int waitingRedDays,
        @DefaultValue("14") int daysWithoutContact,
        @DefaultValue("2") int missedInARow,
        @DefaultValue("8") int plannedSessionsStep2,
        @DefaultValue("16") int plannedSessionsStep3) {

    public static final SupervisionProperties DEFAULTS = new SupervisionProperties(4, 28, 42, 14, 2, 8, 16);

    public int plannedSessions(int step) {
        return step >= 3 ? plannedSessionsStep3 : plannedSessionsStep2;
    }
}

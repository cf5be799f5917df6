package org.stepline.scheduling.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telephone working rules of the service. {@code attemptsBeforeDna}: how many unanswered calls must be made
 * before a telephone appointment may be recorded as "did not attend"; {@code minutesBetweenAttempts}: how long
 * after the call before a call counts towards that number.
 */
@ConfigurationProperties("stepline.telephone")
public record TelephoneProperties(
        @DefaultValue("2") int attemptsBeforeDna,
        @DefaultValue("5") int minutesBetweenAttempts) {

    public TelephoneProperties {
        if (attemptsBeforeDna < 1) {
            throw new IllegalArgumentException("stepline.telephone.attempts-before-dna must be at least 1");
        }
        if (minutesBetweenAttempts < 0) {
            throw new IllegalArgumentException("stepline.telephone.minutes-between-attempts must be 0 or more");
        }
    }

    CallAttemptRule.Policy dnaPolicy() {
        return new CallAttemptRule.Policy(attemptsBeforeDna, Duration.ofMinutes(minutesBetweenAttempts));
    }
}

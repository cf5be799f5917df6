package org.stepline.scheduling.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telephone working rules of the service. {@code attemptsBeforeDna}: how many unanswered calls must be made
 * before a telephone appointment may be recorded as "did not attend".
 */
@ConfigurationProperties("stepline.telephone")
public record TelephoneProperties(@DefaultValue("2") int attemptsBeforeDna) {

    public TelephoneProperties {
        if (attemptsBeforeDna < 1) {
            throw new IllegalArgumentException("stepline.telephone.attempts-before-dna must be at least 1");
        }
    }
}

package org.stepline.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryRuleTest {

    static final Instant FAILED_AT = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest(name = "after attempt {0} of 5 → retry in {1}")
    @CsvSource({
        "1, PT2M",
        "2, PT4M",
        "3, PT8M",
        "4, PT10M", // capped at the longest wait
        "5, ''", // the last attempt: failed for good
        "6, ''"
    })
    void waitsDoubleUpToTheLongestAndStopAfterTheLastAttempt(int attemptsMade, String wait) {
        Instant next = RetryRule.nextAttempt(FAILED_AT, attemptsMade, 5, Duration.ofMinutes(2), Duration.ofMinutes(10));
        if (wait == null || wait.isBlank()) {
            assertThat(next).isNull();
        } else {
            assertThat(next).isEqualTo(FAILED_AT.plus(Duration.parse(wait)));
        }
    }
}

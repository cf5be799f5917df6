package org.stepline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.identity.internal.SignInRules.Lock;
import org.stepline.identity.internal.SignInRules.Slowing;
import org.stepline.identity.internal.SignInRules.Throttle;

class SignInRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final int LIMIT = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    /** Lock before (failures, minutes until the lock ends: blank none, negative expired) → after one wrong password. */
    @ParameterizedTest(name = "{0} failures, lock ends in {1} min → {2} failures, lock ends in {3} min")
    @CsvSource(
            nullValues = "",
            value = {
                // counting up to the limit
                "0, , 1, ",
                "3, , 4, ",
                "4, , 5, 15",
                // a wrong password during a lock changes nothing: the lock ends when it said it would
                "5, 10, 5, 10",
                "5, 1, 5, 1",
                // after a lock has expired the count starts afresh: one more wrong password does not lock again
                "5, -1, 1, ",
                "5, 0, 1, ",
                "9, -600, 1, ",
                // a higher count left without a lock (e.g. the limit was raised) still locks on the next failure
                "7, , 8, 15"
            })
    void aWrongPasswordCountsByTheLockRule(int failures, Long lockEndsIn, int failuresAfter, Long lockEndsInAfter) {
        var before = new Lock(failures, lockEndsIn == null ? null : NOW.plus(Duration.ofMinutes(lockEndsIn)));
        var after = SignInRules.afterFailure(before, NOW, LIMIT, LOCKOUT);
        assertThat(after.failures()).isEqualTo(failuresAfter);
        assertThat(after.lockedUntil())
                .isEqualTo(lockEndsInAfter == null ? null : NOW.plus(Duration.ofMinutes(lockEndsInAfter)));
    }

    @ParameterizedTest(name = "a lock that ends in {0} s is in force: {1}")
    @CsvSource({"1, true", "0, false", "-1, false"})
    void aLockIsInForceUntilItsEnd(long endsInSeconds, boolean locked) {
        assertThat(new Lock(5, NOW.plusSeconds(endsInSeconds)).lockedAt(NOW)).isEqualTo(locked);
        assertThat(Lock.NONE.lockedAt(NOW)).isFalse();
    }

    static final Slowing SLOWING = new Slowing(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(15));

    @ParameterizedTest(name = "after failure {0} the address waits {1} s")
    @CsvSource({
        "1, 0",
        "5, 0",
        "6, 1",
        "7, 2",
        "8, 4",
        "10, 16",
        "13, 128",
        "14, 256",
        "15, 300",
        "40, 300",
        "2000000000, 300"
    })
    void eachFailureBeyondTheFreeOnesDoublesTheWaitUpToTheLongest(int failures, long seconds) {
        assertThat(SignInRules.waitAfter(failures, SLOWING)).isEqualTo(Duration.ofSeconds(seconds));
    }

    /** Address before (failures, minutes since the last one; blank: never failed) → failures after one more, wait. */
    @ParameterizedTest(name = "{0} failures, the last {1} min ago → {2} failures, wait {3} s")
    @CsvSource(
            nullValues = "",
            value = {
                ", , 1, 0",
                "5, 1, 6, 1",
                "7, 14, 8, 4",
                // a quiet spell as long as forget-after: the address starts afresh
                "7, 15, 1, 0",
                "30, 600, 1, 0"
            })
    void anAddressFailuresAreForgottenAfterAQuietSpell(
            Integer failures, Long minutesAgo, int failuresAfter, long waitSeconds) {
        var before = failures == null
                ? null
                : new Throttle(
                        failures, NOW.minus(Duration.ofMinutes(minutesAgo)), NOW.minus(Duration.ofMinutes(minutesAgo)));
        var after = SignInRules.afterFailure(before, NOW, SLOWING);
        assertThat(after.failures()).isEqualTo(failuresAfter);
        assertThat(after.lastFailure()).isEqualTo(NOW);
        assertThat(after.notBefore()).isEqualTo(NOW.plusSeconds(waitSeconds));
    }
}

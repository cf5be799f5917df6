package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.caseload.internal.DnaRate;

class DnaRateTest {

    @ParameterizedTest(name = "{0} attended, {1} missed: {2}")
    @CsvSource({"0, 0, –", "10, 0, 0%", "9, 1, 10%", "1, 1, 50%", "2, 1, 33%", "1, 2, 67%", "0, 3, 100%"})
    void theDidNotAttendRateIsMissedOutOfAttendedOrMissed(long attended, long missed, String rate) {
        assertThat(DnaRate.of(attended, missed)).isEqualTo(rate);
    }
}

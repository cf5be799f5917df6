package org.stepline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodRuleTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-04-01|2025-04-01|",
                "2025-04-01|2026-03-31|",
                "2025-04-01|2025-03-31|The last day must be on or after the first day",
                "2015-04-01|2025-04-01|",
                "2015-04-01|2025-04-02|Choose a period of 10 years or less",
                "2016-02-29|2026-02-28|"
            })
    void aPeriodEndsOnOrAfterItsFirstDayAndCoversTenYearsAtMost(LocalDate first, LocalDate last, String problem) {
        assertThat(PeriodRule.problemWith(first, last).orElse(null)).isEqualTo(problem);
    }
}

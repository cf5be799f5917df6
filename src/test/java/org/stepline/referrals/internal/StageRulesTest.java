package org.stepline.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ReferralStage;

class StageRulesTest {

    @ParameterizedTest(name = "{0} + type {1}, attendance {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "no change", textBlock = """
            AWAITING_ASSESSMENT | 01 | 5 | AWAITING_TREATMENT
            AWAITING_ASSESSMENT | 01 | 6 | AWAITING_TREATMENT
            AWAITING_ASSESSMENT | 02 | 5 | IN_TREATMENT
            AWAITING_ASSESSMENT | 03 | 5 | IN_TREATMENT
            AWAITING_ASSESSMENT | 05 | 6 | IN_TREATMENT
            AWAITING_TREATMENT  | 02 | 5 | IN_TREATMENT
            AWAITING_TREATMENT  | 03 | 6 | IN_TREATMENT
            AWAITING_TREATMENT  | 05 | 5 | IN_TREATMENT
            AWAITING_TREATMENT  | 01 | 5 | no change
            IN_TREATMENT        | 01 | 5 | no change
            IN_TREATMENT        | 02 | 5 | no change
            IN_TREATMENT        | 05 | 5 | no change
            AWAITING_ASSESSMENT | 04 | 5 | no change
            AWAITING_TREATMENT  | 04 | 5 | no change
            AWAITING_ASSESSMENT | 06 | 5 | no change
            AWAITING_TREATMENT  | 06 | 6 | no change
            AWAITING_ASSESSMENT | 01 | 0 | no change
            AWAITING_ASSESSMENT | 01 | 2 | no change
            AWAITING_ASSESSMENT | 01 | 3 | no change
            AWAITING_ASSESSMENT | 01 | 4 | no change
            AWAITING_ASSESSMENT | 01 | 7 | no change
            AWAITING_TREATMENT  | 02 | 3 | no change
            AWAITING_TREATMENT  | 02 | 7 | no change
            DISCHARGED          | 01 | 5 | no change
            DISCHARGED          | 02 | 5 | no change
            DISCHARGED          | 06 | 5 | no change
            """)
    void aContactMovesTheReferralOnOnlyWhenItShould(
            ReferralStage current, String type, String attendance, ReferralStage expected) {
        assertThat(StageRules.after(current, AppointmentType.of(type), Attendance.of(attendance)))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }
}

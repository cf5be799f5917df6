package org.stepline.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ReferralStage;

class ReferralTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private final Referral inTreatment =
            new Referral(1, "SL100001", 7, RECEIVED, ReferralStage.IN_TREATMENT, LocalDate.of(2025, 4, 1), null, null);

    @ParameterizedTest(name = "discharged on {0}")
    @CsvSource({"2025-03-10", "2025-05-01", "2025-06-15"})
    void anOpenReferralIsDischargedWithItsEndCodeAndDate(LocalDate on) {
        var discharged = inTreatment.discharge("46", on, TODAY);
        assertThat(discharged.stage()).isEqualTo(ReferralStage.DISCHARGED);
        assertThat(discharged.stageEnteredOn()).isEqualTo(on);
        assertThat(discharged.dischargeDate()).isEqualTo(on);
        assertThat(discharged.endCode()).isEqualTo("46");
    }

    @ParameterizedTest(name = "{0} with end code ''{1}'' -> {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-09 | 46 | dischargeDate | cannot be before the referral was received (10 Mar 2025)
            2025-06-16 | 46 | dischargeDate | cannot be in the future
            2025-05-01 | 99 | endCode       | Choose why the referral is ending
            2025-05-01 | '' | endCode       | Choose why the referral is ending
            """)
    void theRulesOfDischargeAreNamedAgainstTheirField(LocalDate on, String endCode, String field, String message) {
        var refused = catchThrowableOfType(DischargeRefused.class, () -> inTreatment.discharge(endCode, on, TODAY));
        assertThat(refused.problems()).containsOnlyKeys(field);
        assertThat(refused.problems().get(field)).contains(message);
    }

    @Test
    void aDischargedReferralCannotBeDischargedAgain() {
        var discharged = inTreatment.discharge("46", LocalDate.of(2025, 6, 1), TODAY);
        assertThatThrownBy(() -> discharged.discharge("12", TODAY, TODAY))
                .isInstanceOf(DischargeRefused.class)
                .hasMessageContaining("already discharged on 1 Jun 2025")
                .hasMessageContaining("cannot be discharged again");
    }

    @Test
    void everyReferralStageCanBeDischarged() {
        for (var stage : new ReferralStage[] {ReferralStage.AWAITING_ASSESSMENT, ReferralStage.AWAITING_TREATMENT}) {
            var waiting = new Referral(1, "SL1", 7, RECEIVED, stage, RECEIVED, null, null);
            assertThat(waiting.discharge("50", TODAY, TODAY).stage()).isEqualTo(ReferralStage.DISCHARGED);
        }
    }

    @Test
    void anAttendedAssessmentEndsTheWaitForAssessmentOnTheDayOfTheContact() {
        var waiting = new Referral(1, "SL1", 7, RECEIVED, ReferralStage.AWAITING_ASSESSMENT, RECEIVED, null, null);
        var contactDay = LocalDate.of(2025, 4, 2);
        assertThat(waiting.afterContact(AppointmentType.ASSESSMENT, Attendance.ATTENDED, contactDay))
                .hasValueSatisfying(moved -> {
                    assertThat(moved.stage()).isEqualTo(ReferralStage.AWAITING_TREATMENT);
                    assertThat(moved.stageEnteredOn()).isEqualTo(contactDay);
                });
        assertThat(waiting.afterContact(AppointmentType.ASSESSMENT, Attendance.DID_NOT_ATTEND, contactDay))
                .isEmpty();
    }
}

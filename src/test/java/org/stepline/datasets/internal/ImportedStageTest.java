package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.codes.ReferralStage;

class ImportedStageTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                // received,  discharged, first attended, first treatment -> stage, entered on
                "2024-01-01, 2024-05-01, 2024-01-10, 2024-02-01, DISCHARGED, 2024-05-01",
                "2024-01-01, 2024-05-01, null, null, DISCHARGED, 2024-05-01",
                "2024-01-01, null, 2024-01-10, 2024-02-01, IN_TREATMENT, 2024-02-01",
                "2024-01-01, null, 2024-01-10, null, AWAITING_TREATMENT, 2024-01-10",
                "2024-01-01, null, null, null, AWAITING_ASSESSMENT, 2024-01-01"
            })
    void stageFollowsDischargeThenTreatmentThenAnyAttendedContact(
            LocalDate received,
            LocalDate discharged,
            LocalDate firstAttended,
            LocalDate firstTreatment,
            ReferralStage stage,
            LocalDate enteredOn) {
        assertThat(ImportedStage.of(received, discharged, firstAttended, firstTreatment))
                .isEqualTo(new ImportedStage(stage, enteredOn));
    }
}

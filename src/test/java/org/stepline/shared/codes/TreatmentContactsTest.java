package org.stepline.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepline.shared.codes.ConsultationMechanism.FACE_TO_FACE;
import static org.stepline.shared.codes.ConsultationMechanism.TELEPHONE;
import static org.stepline.shared.codes.ConsultationMechanism.VIDEO;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one definition of what a contact counts as (outcomes.md), with the awkward cases. */
class TreatmentContactsTest {

    @ParameterizedTest(name = "AttendOrDNACode {0}: attended {1}")
    @CsvSource({"0, false", "2, false", "3, false", "4, false", "5, true", "6, true", "7, false"})
    void attendedContact(String code, boolean attended) {
        assertThat(Attendance.of(code).isAttended()).isEqualTo(attended);
    }

    @ParameterizedTest(name = "AppType {0}, attendance {1}: treatment {2}, assessment {3}")
    @CsvSource({
        "01, 5, false, true", // assessment only
        "02, 5, true, false",
        "03, 6, true, true", // assessment and treatment, late but seen
        "04, 5, false, false", // review without treatment
        "05, 6, true, false", // review and treatment
        "06, 5, false, false", // follow-up after discharge
        "02, 3, false, false", // did not attend
        "02, 7, false, false", // late, not seen
        "02, 2, false, false", // cancelled by the patient
        "03, 2, false, false",
        "02, 0, false, false", // not yet happened
        "01, 0, false, false"
    })
    void whatAContactCountsAs(String type, String attendance, boolean treatment, boolean assessment) {
        var t = AppointmentType.of(type);
        var a = Attendance.of(attendance);
        assertThat(TreatmentContacts.isTreatmentContact(t, a)).isEqualTo(treatment);
        assertThat(TreatmentContacts.isAssessmentContact(t, a)).isEqualTo(assessment);
    }

    @ParameterizedTest(name = "attendance {0}, unplanned {1}: took place {2}")
    @CsvSource({
        "5, false, true",
        "6, false, true",
        "3, false, false",
        "3, true, true",
        "0, true, true",
        "2, false, false"
    })
    void anUnplannedContactTookPlaceAsNhsEnglandCountsIt(String attendance, boolean unplanned, boolean tookPlace) {
        assertThat(TreatmentContacts.tookPlace(Attendance.of(attendance), unplanned))
                .isEqualTo(tookPlace);
        assertThat(TreatmentContacts.isTreatmentContact(
                        AppointmentType.TREATMENT, Attendance.of(attendance), unplanned))
                .isEqualTo(tookPlace);
    }

    @Test
    void theTreatmentModeIsTheModeOfMoreThanHalfTheTreatmentContacts() {
        assertThat(TreatmentContacts.treatmentMode(List.of())).isEqualTo(TreatmentContacts.TreatmentMode.NONE_YET);
        assertThat(TreatmentContacts.treatmentMode(List.of(TELEPHONE, TELEPHONE, VIDEO))
                        .mode())
                .contains(TELEPHONE);
        assertThat(TreatmentContacts.treatmentMode(List.of(TELEPHONE, VIDEO)))
                .isEqualTo(TreatmentContacts.TreatmentMode.MIXED);
        assertThat(TreatmentContacts.treatmentMode(List.of(TELEPHONE, VIDEO, FACE_TO_FACE))
                        .mixed())
                .isTrue();
        assertThat(TreatmentContacts.treatmentMode(List.of(VIDEO)).mode()).isEqualTo(Optional.of(VIDEO));
    }
}

package org.stepline.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes in the forms national data carries them (NHS England's SQL: {@code IN ('02','2','2 ',' 2')}). */
class CodeFormTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "5      | 5",
                "05     | 5",
                "\" 5\"   | 5",
                "\"5 \"   | 5",
                "\" 05 \" | 5",
                "2 | 2",
                "02 | 2",
                "0 | 0",
                "00 | 0",
                "10 | 10",
                "010 | 10",
                "98 | 98",
                "0098 | 98",
                "\"\"  | -1",
                "\"  \" | -1",
                "5a | -1",
                "-5 | -1",
                "\"1 0\" | -1",
                "1.0 | -1",
                "1234 | -1",
                "Y | -1"
            })
    void readsTheNumberACodeStandsFor(String text, int number) {
        assertThat(CodeForm.number(text)).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0} in {1} digits is {2}")
    @CsvSource({"5, 1, 5", "2, 2, 02", "10, 2, 10", "46, 2, 46", "0, 1, 0"})
    void writesTheCanonicalForm(int number, int width, String canonical) {
        assertThat(CodeForm.canonical(number, width)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "AppType ''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "2 | TREATMENT",
                "02 | TREATMENT",
                "\" 2\" | TREATMENT",
                "\"2 \" | TREATMENT",
                "3 | ASSESSMENT_AND_TREATMENT",
                "10 | EMPLOYMENT_SUPPORT",
                "06 | FOLLOW_UP"
            })
    void appointmentTypesInEveryForm(String text, AppointmentType type) {
        assertThat(NationalCode.fromAnyForm(AppointmentType.class, text)).contains(type);
    }

    @ParameterizedTest(name = "AttendOrDNACode ''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "5 | ATTENDED",
                "05 | ATTENDED",
                "\" 5 \" | ATTENDED",
                "06 | LATE_SEEN",
                "3 | DID_NOT_ATTEND",
                "0 | NOT_YET"
            })
    void attendanceInEveryForm(String text, Attendance attendance) {
        assertThat(NationalCode.fromAnyForm(Attendance.class, text)).contains(attendance);
    }

    @ParameterizedTest(name = "ConsMechanism ''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"2 | TELEPHONE", "02 | TELEPHONE", "1 | FACE_TO_FACE", "\"11 \" | VIDEO", "98 | OTHER"})
    void modesInEveryForm(String text, ConsultationMechanism mode) {
        assertThat(NationalCode.fromAnyForm(ConsultationMechanism.class, text)).contains(mode);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"07", "11", "9", "\"\"", "x"})
    void whatIsNoAppointmentTypeIsNone(String text) {
        assertThat(NationalCode.fromAnyForm(AppointmentType.class, text)).isEmpty();
    }

    @Test
    void employmentSupportIsNeitherTreatmentNorAssessment() {
        assertThat(AppointmentType.EMPLOYMENT_SUPPORT.isTreatment()).isFalse();
        assertThat(AppointmentType.EMPLOYMENT_SUPPORT.isAssessment()).isFalse();
        assertThat(AppointmentType.EMPLOYMENT_SUPPORT.label()).isEqualTo("Employment support");
    }

    @Test
    void theEnumsAreExactlyTheirCodeFiles() {
        assertThat(codes(AppointmentType.values())).isEqualTo(fileCodes("appointment-type"));
        assertThat(codes(Attendance.values())).isEqualTo(fileCodes("attendance"));
        assertThat(codes(ConsultationMechanism.values())).isEqualTo(fileCodes("consultation-mechanism"));
        assertThat(ConsultationMechanism.OTHER.label()).isEqualTo("Other (not listed)");
    }

    @Test
    void theNationalListsAreShippedInFull() {
        assertThat(CodeList.REFERRAL_SOURCE.entries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(codes(CodeList.REFERRAL_SOURCE.entries().toArray(NationalCode[]::new)))
                .contains(
                        "A1", "A2", "A3", "A4", "B1", "B2", "C1", "C2", "C3", "D1", "D2", "E1", "E6", "F1", "F3", "G1",
                        "G4", "H1", "H2", "I1", "I2", "M1", "M2", "M5", "M7", "M8", "N1", "N2", "N4", "P1", "Q1");
        assertThat(CodeList.REFERRAL_SOURCE.labelOf("M5")).isEqualTo("Other: Jobcentre Plus");
        assertThat(codes(CodeList.END_CODE.entries().toArray(NationalCode[]::new)))
                .containsExactlyInAnyOrder(
                        "50", "10", "11", "12", "13", "14", "16", "17", "95", "46", "47", "48", "49", "96");
    }

    private static List<String> codes(NationalCode[] codes) {
        return Arrays.stream(codes).map(NationalCode::code).toList();
    }

    private static List<String> fileCodes(String name) {
        return CodeFiles.entries(name).stream().map(Coded::code).toList();
    }
}

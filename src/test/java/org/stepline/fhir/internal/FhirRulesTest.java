package org.stepline.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.codes.Attendance;

/** The API's pure rules, table by table. */
class FhirRulesTest {

    @ParameterizedTest
    @CsvSource({
        "2026-03-10,         2026-03-10T12:00:00Z, true",
        "2026-03-10,         2026-03-11T00:30:00Z, false",
        "ge2026-03-10,       2026-03-09T23:59:59Z, false", // UK midnight is 00:00 GMT in March: still the 9th
        "ge2026-06-10,       2026-06-09T23:30:00Z, true", // 00:30 BST on the 10th
        "gt2026-03-10,       2026-03-10T23:00:00Z, false",
        "lt2026-03-10,       2026-03-09T10:00:00Z, true",
        "le2026-03-10,       2026-03-10T10:00:00Z, true",
        "ne2026-03-10,       2026-03-10T10:00:00Z, false",
        "ge2026-03-10T09:00:00Z, 2026-03-10T09:00:00Z, true",
    })
    void dateSearchValuesMatchAsFhirSays(String value, String instant, boolean matches) {
        assertThat(SearchDates.matcher(value).test(Instant.parse(instant))).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "ge2026-13-01", "xx2026-01-01"})
    void aBadDateIsAProblemNotAnError(String value) {
        assertThatThrownBy(() -> SearchDates.matcher(value)).isInstanceOf(FhirProblem.class);
    }

    @ParameterizedTest
    @CsvSource({
        "system/Observation.read, Observation, read, true",
        "system/Observation.read, Observation, write, false",
        "system/*.read,           Flag,        read, true",
        "system/*.read,           QuestionnaireResponse, write, false",
        "system/Patient.read,     Observation, read, false",
    })
    void scopesAllowWhatTheyName(String granted, String type, String access, boolean allowed) {
        assertThat(Scopes.allows(Set.of(granted), type, access)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({
        "'', Enter the client's public key",
        "'-----BEGIN PRIVATE KEY-----x', This is a private key",
        "'{\"keys\":[]}', The JWK Set has no keys",
        "'not a key', This is not a JWK Set"
    })
    void keysThatCannotBeUsedAreNamed(String text, String problem) {
        assertThat(ClientKeys.parse(text))
                .isInstanceOfSatisfying(
                        ClientKeys.Problem.class, p -> assertThat(p.message()).startsWith(problem));
    }

    @ParameterizedTest
    @CsvSource({
        "NOT_YET, booked, planned",
        "ATTENDED, fulfilled, finished",
        "LATE_SEEN, fulfilled, finished",
        "DID_NOT_ATTEND, noshow, cancelled",
        "LATE_NOT_SEEN, noshow, cancelled",
        "CANCELLED_BY_PATIENT, cancelled, cancelled",
        "CANCELLED_BY_SERVICE, cancelled, cancelled"
    })
    void attendanceBecomesAppointmentAndEncounterStatus(Attendance attendance, String appointment, String encounter) {
        assertThat(CareResources.appointmentStatus(attendance).toCode()).isEqualTo(appointment);
        assertThat(CareResources.encounterStatus(attendance).toCode()).isEqualTo(encounter);
    }

    @ParameterizedTest
    @CsvSource({"F411, F41.1", "F41.1, F41.1", "F32, F32"})
    void icd10CodesCarryTheirDot(String stored, String fhir) {
        assertThat(CareResources.icd10(stored, false)).isEqualTo(fhir);
    }

    @ParameterizedTest
    @CsvSource({"1, male", "2, female", "3, other", "4, other", "X, unknown", "Z, unknown"})
    void genderIdentityCodesBecomeAdministrativeGender(String code, String gender) {
        assertThat(PatientResources.gender(code).toCode()).isEqualTo(gender);
    }
}

package org.stepline.selfreferral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Journey JOURNEY = Journey.of(
            new Settings(18, List.of(new Practice("B86001", "Park Surgery", 1)), "h", "p", "n", Wording.MODES),
            List.of());

    private static AnswerChecks.Checked check(String question, Map<String, String> typed) {
        return AnswerChecks.check(JOURNEY.find(question).orElseThrow(), typed, TODAY, (q, a) -> Optional.empty());
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(
            nullValues = "-",
            value = {
                "dateOfBirth, 14/7/1990, 1990-07-14, -",
                "dateOfBirth, 1990-07-14, 1990-07-14, -",
                "dateOfBirth, 31/2/1990, -, 'Date of birth must be a real date, like 15/3/1984'",
                "dateOfBirth, 1/1/2030, -, Your date of birth must be in the past",
                "dateOfBirth, 1/1/1890, -, Check the year of your date of birth",
                "dateOfBirth, '', -, Enter your date of birth",
                "nhsNumber, '', '', -",
                "nhsNumber, 943 476 5919, 9434765919, -",
                "nhsNumber, 943 476 5918, -, This is not a valid NHS number: check each digit has been typed correctly",
                "email, '', '', -",
                "email, jo@example.com, jo@example.com, -",
                "email, jo.example.com, -, 'Enter an email address in the right format, like name@example.com'",
                "voicemail, Y, Y, -",
                "voicemail, maybe, -, Choose yes or no",
                "practice, NONE, NONE, -",
                "practice, '', -, Choose your GP practice",
                "mode, 02, 02, -",
                "mode, 12, -, Choose how you would like to be seen", // the online programme is not offered by default
                "religion, M, M, -", // the national list's "declines to disclose"
                "religion, Z, -, 'Choose an answer, or prefer not to say'",
                "sexualOrientation, Z, Z, -",
                "employment, ZZ, ZZ, -",
                "secondaryCare, N, N, -",
                "medication, '', '', -"
            })
    void eachAnswerIsCheckedAndKeptTheStandardWay(String question, String typed, String kept, String problem) {
        var checked = check(question, Map.of(question, typed));
        assertThat(checked.answers().get(question)).isEqualTo(kept);
        assertThat(checked.problems().get(question)).isEqualTo(problem);
    }

    @Test
    void everyFieldHasALengthBound() {
        var checked = check("helpWith", Map.of("helpWith", "x".repeat(2001)));
        assertThat(checked.problems())
                .containsEntry("helpWith", "What would you like help with? must be 2000 characters or fewer");
        assertThat(JOURNEY.fields()).allSatisfy(f -> assertThat(f.maxLength()).isBetween(1, 2000));
    }

    @Test
    void anAddressKeepsItsPostcodeInCapitals() {
        var typed =
                new HashMap<String, String>(Map.of("addressLine1", "1 High St", "town", "Leeds", "postcode", "ls14ap"));
        var checked = check("address", typed);
        assertThat(checked.ok()).isTrue();
        assertThat(checked.answers()).containsEntry("postcode", "LS1 4AP").containsEntry("addressLine2", "");
        assertThat(check("address", Map.of("addressLine1", "1", "town", "L", "postcode", "12345"))
                        .problems())
                .containsEntry("postcode", "Enter a real postcode, like LS1 4AP");
    }

    @ParameterizedTest(name = "mobile \"{0}\", other \"{1}\", first \"{2}\"")
    @CsvSource(
            nullValues = "-",
            value = {
                "07700900123, '', '', MOBILE, -",
                "'', 0113 496 0000, '', LANDLINE, -",
                "07700900123, 0113 496 0000, LANDLINE, LANDLINE, -",
                "07700900123, 0113 496 0000, '', -, Choose which number we should call first",
                "'', '', '', -, Enter at least one phone number"
            })
    void atLeastOnePhoneAndWhichToCallFirst(String mobile, String other, String first, String kept, String problem) {
        var checked = check("phones", Map.of("mobilePhone", mobile, "landlinePhone", other, "callFirst", first));
        assertThat(checked.ok() ? checked.answers().get("callFirst") : null).isEqualTo(kept);
        assertThat(checked.problems().values().stream().findFirst().orElse(null))
                .isEqualTo(problem);
    }
}

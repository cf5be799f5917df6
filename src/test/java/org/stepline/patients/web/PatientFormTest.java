package org.stepline.patients.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.patients.PreferredPhone;
import org.stepline.shared.codes.ConsultationMechanism;

class PatientFormTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("nhsNumber", "943 476 5919"),
            Map.entry("givenName", " Jane "),
            Map.entry("familyName", "Smith"),
            Map.entry("dateOfBirth", "15/3/1984"),
            Map.entry("gender", "2"),
            Map.entry("ethnicity", "A"),
            Map.entry("postcode", "ls1 4ap"),
            Map.entry("gpPracticeCode", "b86001"),
            Map.entry("gpPracticeName", "Park Surgery"),
            Map.entry("mobilePhone", "07700900123"),
            Map.entry("landlinePhone", "0113 496 0000"),
            Map.entry("callFirst", "LANDLINE"),
            Map.entry("voicemail", "no"),
            Map.entry("safeCallTimes", "Weekdays after 6pm"),
            Map.entry("email", "jane@example.com"),
            Map.entry("preferredMode", "02"),
            Map.entry("modeChoiceOffered", "yes"));

    @Test
    void aCompleteFormHasNoProblemsAndIsReadTidily() {
        var form = form(Map.of());
        assertThat(form.problems(TODAY)).isEmpty();
        var details = form.toDetails();
        assertThat(details.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(details.givenName()).isEqualTo("Jane");
        assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 15));
        assertThat(details.postcode()).isEqualTo("LS1 4AP");
        assertThat(details.gpPracticeCode()).isEqualTo("B86001");
        assertThat(details.mobilePhone()).isEqualTo("07700 900123");
        assertThat(details.preferredPhone()).isEqualTo(PreferredPhone.LANDLINE);
        assertThat(details.voicemailAllowed()).isFalse();
        assertThat(details.preferredMode()).isEqualTo(ConsultationMechanism.TELEPHONE);
        assertThat(details.modeChoiceOffered()).isTrue();
    }

    @Test
    void theOnlyNumberGivenIsTheOneToCallFirst() {
        var form = form(Map.of("mobilePhone", "", "callFirst", ""));
        assertThat(form.problems(TODAY)).isEmpty();
        assertThat(form.toDetails().preferredPhone()).isEqualTo(PreferredPhone.LANDLINE);
        assertThat(form.toDetails().mobilePhone()).isNull();
    }

    @Test
    void optionalFieldsMayBeLeftBlank() {
        var form = form(
                Map.of("postcode", "", "gpPracticeCode", " ", "gpPracticeName", "", "safeCallTimes", "", "email", ""));
        assertThat(form.problems(TODAY)).isEmpty();
        assertThat(form.toDetails().postcode()).isNull();
        assertThat(form.toDetails().email()).isNull();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            nhsNumber         | 9434765918   | nhsNumber         | not a valid NHS number
            nhsNumber         | ''           | nhsNumber         | Enter the NHS number
            givenName         | ''           | givenName         | Enter the patient's given name
            familyName        | '  '         | familyName        | Enter the patient's family name
            dateOfBirth       | ''           | dateOfBirth       | Enter the date of birth
            dateOfBirth       | 31/2/1984    | dateOfBirth       | must be a real date
            dateOfBirth       | 16/6/2025    | dateOfBirth       | today or in the past
            dateOfBirth       | 1/1/1900     | dateOfBirth       | within the last 120 years
            gender            | ''           | gender            | Choose the patient's gender
            gender            | 9            | gender            | Choose the patient's gender
            ethnicity         | ''           | ethnicity         | Choose the patient's ethnic group
            postcode          | LS1          | postcode          | Enter a real postcode
            gpPracticeCode    | 12345        | gpPracticeCode    | a letter and 5 numbers
            mobilePhone       | 0113 496 0000| mobilePhone       | Enter a UK mobile number
            landlinePhone     | 07700900123  | landlinePhone     | Enter a UK landline number
            callFirst         | ''           | callFirst         | Choose which number to call first
            voicemail         | ''           | voicemail         | Choose whether a voicemail may be left
            email             | jane.example | email             | like name@example.com
            preferredMode     | ''           | preferredMode     | Choose how the patient prefers to be seen
            preferredMode     | 03           | preferredMode     | Choose how the patient prefers to be seen
            modeChoiceOffered | ''           | modeChoiceOffered | offered a choice
            """)
    void eachProblemIsNamedAgainstItsField(String field, String value, String problemField, String message) {
        var problems = form(Map.of(field, value)).problems(TODAY);
        assertThat(problems).containsOnlyKeys(problemField);
        assertThat(problems.get(problemField)).contains(message);
    }

    @Test
    void atLeastOneNumberIsNeeded() {
        var problems = form(Map.of("mobilePhone", "", "landlinePhone", "", "callFirst", ""))
                .problems(TODAY);
        assertThat(problems).containsOnlyKeys("mobilePhone");
        assertThat(problems.get("mobilePhone")).contains("at least one");
    }

    @Test
    void theNumberChosenToCallFirstMustBeGiven() {
        var problems =
                form(Map.of("landlinePhone", "", "callFirst", "LANDLINE")).problems(TODAY);
        assertThat(problems).containsOnlyKeys("callFirst");
        assertThat(problems.get("callFirst")).contains("enter the landline number");
    }

    @Test
    void everyProblemIsFoundAtOnceInTheOrderOfTheForm() {
        var problems = form(Map.of("nhsNumber", "123", "voicemail", "", "givenName", ""))
                .problems(TODAY);
        assertThat(problems.keySet()).containsExactly("nhsNumber", "givenName", "voicemail");
    }

    @Test
    void aSavedPatientFillsTheFormAsItWouldBeTyped() {
        var again = PatientForm.of(form(Map.of()).toDetails());
        assertThat(again.nhsNumber()).isEqualTo("943 476 5919");
        assertThat(again.dateOfBirth()).isEqualTo("15/3/1984");
        assertThat(again.voicemail()).isEqualTo("no");
        assertThat(again.problems(TODAY)).isEmpty();
        assertThat(again.toDetails()).isEqualTo(form(Map.of()).toDetails());
    }

    private static PatientForm form(Map<String, String> changes) {
        var values = new HashMap<>(VALID);
        values.putAll(changes);
        try {
            var components = PatientForm.class.getRecordComponents();
            var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
            return PatientForm.class
                    .getDeclaredConstructor(types)
                    .newInstance(Arrays.stream(components)
                            .map(c -> values.get(c.getName()))
                            .toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

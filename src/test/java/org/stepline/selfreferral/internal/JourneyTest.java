package org.stepline.selfreferral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.codes.CodeList;

/**
 * The pages of the self-referral against what services ask (the reference list of questions) and the national code
 * lists: every equality answer is stored as its national code, and "Prefer not to say" as the code its own list
 * gives for a person who was asked and declined.
 */
class JourneyTest {

    private static final Journey JOURNEY = Journey.of(
            new Settings(
                    18, List.of(new Practice("B86001", "Park Surgery", 1)), "help", "privacy", "next", Wording.MODES),
            List.of());

    private static CodeList list(String name) {
        return switch (name) {
            case "ethnic" -> CodeList.ETHNIC_CATEGORY;
            case "gender" -> CodeList.GENDER_IDENTITY;
            case "sameAtBirth" -> CodeList.GENDER_SAME_AT_BIRTH;
            case "sexualOrientation" -> CodeList.SEXUAL_ORIENTATION;
            case "religion" -> CodeList.RELIGION;
            case "employment" -> CodeList.EMPLOYMENT_STATUS;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}: national list {1}, prefer not to say {2}")
    @CsvSource({
        "ethnicCategory,    ethnic,            Z,  Not stated",
        "gender,            gender,            Z,  Not stated",
        "genderSameAtBirth, sameAtBirth,       Z,  Not Stated (person asked but declined",
        "sexualOrientation, sexualOrientation, Z,  Not Stated (person asked but declined",
        "religion,          religion,          M,  Declines to Disclose",
        "employment,        employment,        ZZ, Not Stated (person asked but declined"
    })
    void everyAnswerIsANationalCodeAndPreferNotToSayIsTheListsDeclined(
            String question, String listName, String declined, String declinedLabel) {
        var choices = JOURNEY.find(question).orElseThrow().field().choices();
        CodeList national = list(listName);
        assertThat(choices)
                .allSatisfy(c ->
                        assertThat(national.contains(c.code())).as(c.code()).isTrue());
        assertThat(choices.getLast()).isEqualTo(new Choice(declined, "Prefer not to say"));
        assertThat(national.labelOf(declined)).startsWith(declinedLabel);
        assertThat(choices)
                .as("'not known' is for staff, never a person's answer")
                .noneMatch(c -> national.labelOf(c.code())
                                .toLowerCase(java.util.Locale.UK)
                                .contains("unknown")
                        || national.labelOf(c.code())
                                .toLowerCase(java.util.Locale.UK)
                                .startsWith("not known"));
        assertThat(choices).extracting(Choice::code).doesNotHaveDuplicates();
    }

    @Test
    void religionOffersEveryNationalGroupInPlainWords() {
        var choices = JOURNEY.find("religion").orElseThrow().field().choices();
        assertThat(choices)
                .extracting(Choice::code)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M");
        assertThat(choices).contains(new Choice("L", "No religion"), new Choice("K", "Another religion or belief"));
    }

    @Test
    void itAsksWhatServicesAskInOrderEligibilityFirst() {
        var ids = JOURNEY.questions().stream().map(Question::id).toList();
        assertThat(ids).startsWith("dateOfBirth", "practice", "secondaryCare", "gpConsent");
        assertThat(ids)
                .contains(
                        "name",
                        "nhsNumber",
                        "address",
                        "phones",
                        "voicemail",
                        "safeCallTimes",
                        "email",
                        "helpWith",
                        "howLong",
                        "previousTherapy",
                        "medication",
                        "harm",
                        "ethnicCategory",
                        "gender",
                        "genderSameAtBirth",
                        "sexualOrientation",
                        "religion",
                        "disability",
                        "longTermCondition",
                        "exForces",
                        "perinatal",
                        "employment",
                        "mode");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids.indexOf("employment"))
                .as("after the other questions about them")
                .isEqualTo(ids.indexOf("perinatal") + 1);
    }

    @Test
    void everyFieldIsBoundedAndOnlyTheMedicineAndContactDetailsMayBeLeftEmpty() {
        assertThat(JOURNEY.fields())
                .allSatisfy(f -> assertThat(f.maxLength()).as(f.name()).isBetween(1, 2000));
        assertThat(JOURNEY.fields())
                .filteredOn(f -> !f.required())
                .extracting(Field::name)
                .containsExactlyInAnyOrder(
                        "nhsNumber",
                        "addressLine2",
                        "mobilePhone",
                        "landlinePhone",
                        "callFirst",
                        "safeCallTimes",
                        "email",
                        "medication");
    }
}

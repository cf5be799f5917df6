package org.stepline.selfreferral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Settings SETTINGS = new Settings(
            18, List.of(new Practice("B86001", "Park Surgery", 1)), "help", "privacy", "next", Wording.MODES);

    @ParameterizedTest(name = "born {0}, practice {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2008-06-15, B86001, -", // 18 today
                "2008-06-16, B86001, TOO_YOUNG", // 18 tomorrow
                "1950-01-01, B86001, -",
                "1950-01-01, NONE, PRACTICE_NOT_COVERED", // "my practice is not on this list"
                "1950-01-01, Y99999, PRACTICE_NOT_COVERED",
                "2010-01-01, NONE, TOO_YOUNG", // age is asked first, and said first
                "-, -, -", // nothing answered yet
                "1990-01-01, -, -"
            })
    void whoMayReferThemselves(String born, String practice, String refusal) {
        assertRefusal(born, practice, null, refusal);
    }

    @ParameterizedTest(name = "born {0}, practice {1}, under a mental health team {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "1990-01-01, B86001, N, -",
                "1990-01-01, B86001, Y, UNDER_SECONDARY_CARE",
                "1990-01-01, NONE, Y, PRACTICE_NOT_COVERED", // said in the order asked
                "2010-01-01, B86001, Y, TOO_YOUNG"
            })
    void someoneAlreadySeenByAMentalHealthTeamIsReferredOnByThem(
            String born, String practice, String secondaryCare, String refusal) {
        assertRefusal(born, practice, secondaryCare, refusal);
    }

    private static void assertRefusal(String born, String practice, String secondaryCare, String refusal) {
        var answers = new HashMap<String, String>();
        if (secondaryCare != null) {
            answers.put(Journey.SECONDARY_CARE, secondaryCare);
        }
        if (born != null) {
            answers.put(Journey.BIRTH_DATE, born);
        }
        if (practice != null) {
            answers.put(Journey.PRACTICE, practice);
        }
        assertThat(Eligibility.refusal(answers, SETTINGS, TODAY))
                .isEqualTo(Optional.ofNullable(refusal).map(Eligibility.Refusal::valueOf));
    }

    @ParameterizedTest
    @CsvSource({"16, 2009-01-01, true", "18, 2009-01-01, false"})
    void theServiceSetsTheMinimumAge(int minimum, String born, boolean eligible) {
        var settings = new Settings(minimum, SETTINGS.practices(), "h", "p", "n", Wording.MODES);
        var answers = new HashMap<String, String>();
        answers.put(Journey.BIRTH_DATE, born);
        assertThat(Eligibility.refusal(answers, settings, TODAY).isEmpty()).isEqualTo(eligible);
    }
}

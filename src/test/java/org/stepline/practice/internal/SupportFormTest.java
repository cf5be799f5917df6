package org.stepline.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The support record's text is checked by the one rule for typed text before its own rules. */
class SupportFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a fine course|Telephone CBT skills|",
                "a NUL character|Telephone\u0000CBT|Course contains a character that cannot be used (such as a control character): retype it rather than pasting it",
                "a line break in a one-line field|Telephone{LF}CBT|Course contains a character that cannot be used (such as a control character): retype it rather than pasting it",
                "127 letters that take two code units each: under 200 letters|"
                        + "𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸|"
            })
    void theCourseName(String what, String course, String problem) {
        var form = new SupportForm("7", "training", course.replace("{LF}", "\n"), "1/12/2026", "");

        var problems = form.problems(Set.of(7L), TODAY);

        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry("course", problem);
        }
    }

    @org.junit.jupiter.api.Test
    void aCourseNameOver200LettersIsRefused() {
        var form = new SupportForm("7", "training", "x".repeat(201), "1/12/2026", "");

        assertThat(form.problems(Set.of(7L), TODAY))
                .containsEntry("course", "The course name must be 200 characters or fewer");
    }
}

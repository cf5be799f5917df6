package org.stepline.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeqAnswerTest {

    /** Yes/no items: as given, the national form kept, the value stored (empty: none); "-" when not an answer. */
    @ParameterizedTest(name = "yes/no ''{0}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Y | Y | 1",
                "y | Y | 1",
                "\" Y \" | Y | 1",
                "N | N | 0",
                "n | N | 0",
                "NA | NA |",
                "na | NA |",
                "99 | 99 |",
                "1 | - |",
                "Yes | - |",
                "0 | - |",
                "\"\" | - |"
            })
    void yesNoItems(String text, String code, Integer score) {
        var answer = PeqAnswer.yesNo(text);
        if ("-".equals(code)) {
            assertThat(answer).isNull();
        } else {
            assertThat(answer).isEqualTo(new PeqAnswer(code, score));
        }
    }

    @ParameterizedTest(name = "scaled ''{0}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "0 | | 0",
                "4 | | 4",
                "\" 3\" | | 3",
                "04 | | 4",
                "NA | NA |",
                "99 | 99 |",
                "5 | - |",
                "Y | - |",
                "-1 | - |"
            })
    void scaledItems(String text, String code, Integer score) {
        var answer = PeqAnswer.scaled(text, 4);
        if ("-".equals(code)) {
            assertThat(answer).isNull();
        } else {
            assertThat(answer).isEqualTo(new PeqAnswer(code, score));
        }
    }
}

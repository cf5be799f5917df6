package org.stepline.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerRulesTest {

    private static final FileInstrumentCatalogue CATALOGUE =
            new FileInstrumentCatalogue(new MeasuresProperties(null, Duration.ofHours(72), 5, null));

    private static Map<Integer, String> allPhq9(String value) {
        Map<Integer, String> given = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            given.put(i, value);
        }
        return given;
    }

    @Test
    void aCompleteFormIsAccepted() {
        var checked = AnswerRules.check(CATALOGUE.require("PHQ9"), allPhq9("2"));
        assertThat(checked.ok()).isTrue();
        assertThat(checked.answers()).hasSize(9).containsEntry(9, 2);
    }

    @ParameterizedTest(name = "answer \"{0}\" to question 4: {1}")
    @CsvSource(
            value = {
                "'', Answer question 4",
                "4, 'Question 4: choose one of the answers shown'",
                "-1, 'Question 4: choose one of the answers shown'",
                "two, 'Question 4: choose one of the answers shown'",
                "NA, 'Question 4: choose one of the answers shown'"
            })
    void aMissingOrOutOfRangeAnswerIsNamed(String answer, String message) {
        var given = allPhq9("1");
        given.put(4, answer);
        var checked = AnswerRules.check(CATALOGUE.require("PHQ9"), given);
        assertThat(checked.problems()).containsExactly(Map.entry(4, message));
    }

    @Test
    void notApplicableOnlyWhereTheInstrumentAllowsIt() {
        var wsas = CATALOGUE.require("WSAS");
        var checked = AnswerRules.check(wsas, Map.of(1, "NA", 2, "3", 3, "4", 4, "5", 5, "6"));
        assertThat(checked.ok()).isTrue();
        assertThat(checked.answers()).containsEntry(1, null);
        var refused = AnswerRules.check(wsas, Map.of(1, "3", 2, "NA", 3, "4", 4, "5", 5, "6"));
        assertThat(refused.problems()).containsOnlyKeys(2);
    }

    @ParameterizedTest(name = "PHQ-9 item 9 = {0}: risk {1}")
    @CsvSource({"0, false", "1, true", "2, true", "3, true"})
    void item9AboveZeroIsARisk(int item9, boolean risk) {
        var phq9 = CATALOGUE.require("PHQ9");
        var given = allPhq9("0");
        given.put(9, String.valueOf(item9));
        var answers = AnswerRules.check(phq9, given).answers();
        assertThat(AnswerRules.risksIn(phq9, answers)).hasSize(risk ? 1 : 0);
    }

    @Test
    void gad7HasNoRiskItem() {
        var gad7 = CATALOGUE.require("GAD7");
        Map<Integer, String> given = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            given.put(i, "3");
        }
        assertThat(AnswerRules.risksIn(gad7, AnswerRules.check(gad7, given).answers()))
                .isEmpty();
    }
}

package org.stepline.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.surveys.SurveyAnswers;

class NomadScoringTest {

    private static final Nomad NOMAD = NomadFile.load();

    private static Nomad.Construct construct(String key) {
        return NOMAD.constructs().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static SurveyAnswers answers(Map<String, Integer> scores, Map<String, Integer> notRelevant) {
        return new SurveyAnswers(scores, notRelevant);
    }

    @Test
    void theFileHoldsTwentyItemsInFourConstructsWithTheInterventionFilledIn() {
        assertThat(NOMAD.items()).hasSize(20);
        assertThat(NOMAD.constructs())
                .extracting(Nomad.Construct::name)
                .containsExactly("Coherence", "Cognitive participation", "Collective action", "Reflexive monitoring");
        assertThat(NOMAD.item("C1").orElseThrow().text())
                .isEqualTo("I can see how telephone-delivered treatment differs from usual ways of working");
        assertThat(NOMAD.item("CA2").orElseThrow().text()).startsWith("Telephone-delivered treatment disrupts");
        assertThat(NOMAD.items().filter(Nomad.Item::reverse))
                .extracting(Nomad.Item::code)
                .containsExactly("CA2");
        assertThat(NOMAD.notRelevantLabel(3)).isEqualTo("Not relevant to telephone-delivered treatment");
        assertThat(NOMAD.attribution()).contains("Finch T", "2015");
    }

    @Test
    void aFileWithAMissingItemIsRefused() {
        var coherence = construct("coherence");
        var broken = new Nomad(
                NOMAD.id(),
                NOMAD.name(),
                NOMAD.title(),
                NOMAD.intervention(),
                NOMAD.attribution(),
                NOMAD.agreement(),
                NOMAD.notRelevant(),
                NOMAD.general(),
                List.of(
                        new Nomad.Construct(
                                coherence.key(),
                                coherence.name(),
                                coherence.meaning(),
                                coherence.items().subList(0, 3)),
                        construct("cognitive-participation"),
                        construct("collective-action"),
                        construct("reflexive-monitoring")));
        assertThatThrownBy(() -> NomadFile.checked(broken)).hasMessageContaining("20 construct items");
    }

    @ParameterizedTest(name = "answer {0} to {1} scores {2}")
    @CsvSource({
        "5, C1, 5",
        "1, C1, 1",
        "4, CA1, 4",
        "5, CA2, 1",
        "4, CA2, 2",
        "3, CA2, 3",
        "2, CA2, 4",
        "1, CA2, 5" // "disrupts working relationships" reversed
    })
    void itemScoresReverseTheDisruptionItem(int answer, String item, int score) {
        assertThat(NomadScoring.itemScore(NOMAD.item(item).orElseThrow(), answers(Map.of(item, answer), Map.of())))
                .isEqualTo(score);
    }

    @Test
    void notRelevantAndUnansweredItemsAreMissingNotZero() {
        var nr = answers(Map.of(), Map.of("C1", 2));
        assertThat(NomadScoring.itemScore(NOMAD.item("C1").orElseThrow(), nr)).isNull();
        // C1 not relevant, C2 = 4, C3 = 2, C4 unanswered: the mean of the two answered
        var some = answers(Map.of("C2", 4, "C3", 2), Map.of("C1", 1));
        assertThat(NomadScoring.constructScore(construct("coherence"), some)).isEqualTo(3.0);
        assertThat(NomadScoring.constructScore(construct("coherence"), nr)).isNull();
    }

    @Test
    void collectiveActionMeansTheReversedItemWithTheOthers() {
        // CA1..CA7 all answered "agree" (4): CA2 "disrupts" scores 2, so the mean is (6 * 4 + 2) / 7
        Map<String, Integer> agree = Map.of("CA1", 4, "CA2", 4, "CA3", 4, "CA4", 4, "CA5", 4, "CA6", 4, "CA7", 4);
        assertThat(NomadScoring.constructScore(construct("collective-action"), answers(agree, Map.of())))
                .isCloseTo(26.0 / 7, within(1e-9));
    }

    @Test
    void constructScoresLeaveOutPeopleWhoAnsweredNoneOfItsItems() {
        var responses = List.of(
                answers(Map.of("RM1", 5), Map.of()),
                answers(Map.of(), Map.of("RM1", 1)),
                answers(Map.of("RM1", 3, "RM2", 4), Map.of()));
        assertThat(NomadScoring.constructScores(construct("reflexive-monitoring"), responses))
                .containsExactly(5.0, 3.5);
    }

    @Test
    void spreadIsTheMeanAndSampleStandardDeviation() {
        var spread = Spread.of(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0));
        assertThat(spread.n()).isEqualTo(8);
        assertThat(spread.mean()).isEqualTo(5.0);
        assertThat(spread.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-9));
        assertThat(Spread.of(List.of(3.0)).standardDeviation()).isNull();
        assertThat(Spread.of(List.of()).mean()).isNull();
    }

    @Test
    void typedAnswersAreCheckedAndTurnedIntoScores() {
        var form = AnswerForm.from(NOMAD, Map.of("C1", "5", "CA2", "nr2", "G1", "10", "_csrf", "x", "action", "send"));
        assertThat(form.typed()).containsOnlyKeys("C1", "CA2", "G1");
        assertThat(form.problems(NOMAD)).isEmpty();
        var answers = form.answers(NOMAD);
        assertThat(answers.scores()).isEqualTo(Map.of("C1", 5, "G1", 10));
        assertThat(answers.notRelevant()).isEqualTo(Map.of("CA2", 2));

        assertThat(AnswerForm.from(NOMAD, Map.of("C1", "6", "G2", "11", "C2", "nr9"))
                        .problems(NOMAD))
                .containsOnlyKeys("C1", "G2", "C2");
        assertThat(AnswerForm.from(NOMAD, Map.of()).problems(NOMAD)).containsOnlyKeys("answers");
    }
}

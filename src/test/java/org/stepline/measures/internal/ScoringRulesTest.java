package org.stepline.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.measures.Instrument;

/** Scoring from the shipped data files: every band boundary of PHQ-9 and GAD-7, and each scoring rule. */
class ScoringRulesTest {

    private static final FileInstrumentCatalogue CATALOGUE =
            new FileInstrumentCatalogue(new MeasuresProperties(null, java.time.Duration.ofHours(72), 5, null));

    /** Answers that add up to {@code total}, filling items in order with the highest value first. */
    static Map<Integer, Integer> answersTotalling(Instrument instrument, int total) {
        Map<Integer, Integer> answers = new HashMap<>();
        int left = total;
        for (var item : instrument.items()) {
            int max = instrument.optionsFor(item).stream()
                    .mapToInt(Instrument.AnswerOption::value)
                    .max()
                    .orElseThrow();
            int value = Math.min(max, left);
            answers.put(item.number(), value);
            left -= value;
        }
        assertThat(left).as("total reachable").isZero();
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 total {0}: {1}, caseness {2}")
    @CsvSource({
        "0, Minimal, false", "4, Minimal, false",
        "5, Mild, false", "9, Mild, false",
        "10, Moderate, true", "14, Moderate, true",
        "15, Moderately severe, true", "19, Moderately severe, true",
        "20, Severe, true", "27, Severe, true"
    })
    void phq9Bands(int total, String band, boolean caseness) {
        var phq9 = CATALOGUE.require("PHQ9");
        var score = ScoringRules.score(phq9, answersTotalling(phq9, total));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.caseness()).isEqualTo(caseness);
    }

    @ParameterizedTest(name = "GAD-7 total {0}: {1}, caseness {2}")
    @CsvSource({
        "0, Minimal, false",
        "4, Minimal, false",
        "5, Mild, false",
        "7, Mild, false",
        "8, Mild, true",
        "9, Mild, true",
        "10, Moderate, true",
        "14, Moderate, true",
        "15, Severe, true",
        "21, Severe, true"
    })
    void gad7Bands(int total, String band, boolean caseness) {
        var gad7 = CATALOGUE.require("GAD7");
        var score = ScoringRules.score(gad7, answersTotalling(gad7, total));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.caseness()).isEqualTo(caseness);
    }

    @Test
    void sumAddsEveryItem() {
        assertThat(ScoringRules.sum(Map.of(1, 3, 2, 0, 3, 2))).isEqualTo(5);
    }

    @Test
    void sumAnsweredLeavesOutNotApplicable() {
        Map<Integer, Integer> answers = new HashMap<>(Map.of(2, 8, 3, 8, 4, 8, 5, 8));
        answers.put(1, null);
        assertThat(ScoringRules.sumAnswered(answers)).isEqualTo(32);
        var wsas = CATALOGUE.require("WSAS");
        var score = ScoringRules.score(wsas, answers);
        assertThat(score.total()).isEqualTo(32);
        assertThat(score.band()).isEqualTo("Moderately severe or worse");
        assertThat(score.caseness()).isNull();
    }

    @ParameterizedTest(name = "WSAS total {0}: {1}")
    @CsvSource({
        "0, Subclinical",
        "9, Subclinical",
        "10, Significant impairment",
        "20, Significant impairment",
        "21, Moderately severe or worse",
        "40, Moderately severe or worse"
    })
    void wsasBands(int total, String band) {
        var wsas = CATALOGUE.require("WSAS");
        assertThat(ScoringRules.score(wsas, answersTotalling(wsas, total)).band())
                .isEqualTo(band);
    }

    @Test
    void perItemAndUnscoredInstrumentsHaveNoTotal() {
        assertThat(ScoringRules.score(CATALOGUE.require("PHOBIA"), Map.of(1, 8, 2, 0, 3, 4))
                        .total())
                .isNull();
        assertThat(ScoringRules.score(CATALOGUE.require("PEQ_END"), Map.of(1, 4))
                        .total())
                .isNull();
    }

    @Test
    void everyShippedInstrumentHasCodesOrANoteAndAnAttribution() {
        assertThat(CATALOGUE.all())
                .extracting(Instrument::id)
                .containsExactly("PHQ9", "GAD7", "WSAS", "PHOBIA", "PEQ_ASSESSMENT", "PEQ_END", "STEPLINE_MODES");
        assertThat(CATALOGUE.require("PHQ9").codes())
                .containsEntry("snomedTotal", "720433000")
                .containsEntry("loincTotal", "44261-6");
        assertThat(CATALOGUE.require("GAD7").codes()).containsEntry("snomedTotal", "445455005");
        assertThat(CATALOGUE.require("PHQ9").item(9).orElseThrow().loinc()).isEqualTo("44260-8");
        assertThat(CATALOGUE.require("WSAS").requiresServicePermission()).isTrue();
        CATALOGUE.all().forEach(i -> assertThat(i.attribution()).isNotBlank());
    }

    @Test
    void thePeqItemsCarryTheirNationalCodesAndSteplinesOwnQuestionsNone() {
        assertThat(CATALOGUE.require("PEQ_END").items())
                .extracting(Instrument.Item::snomed)
                .containsExactly(
                        "747901000000107",
                        "747911000000109",
                        "747921000000103",
                        "747931000000101",
                        "747941000000105",
                        "747951000000108");
        assertThat(CATALOGUE.require("PEQ_END").items()).allMatch(Instrument.Item::allowsNotApplicable);
        assertThat(CATALOGUE.require("STEPLINE_MODES").items()).allMatch(i -> i.snomed() == null && i.loinc() == null);
        assertThat(CATALOGUE.scored()).extracting(Instrument::id).doesNotContain("PEQ_END", "STEPLINE_MODES");
    }
}

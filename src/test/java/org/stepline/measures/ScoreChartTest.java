package org.stepline.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreChartTest {

    private static final Instrument PHQ9 = new Instrument(
            "PHQ9",
            "PHQ-9",
            "PHQ-9",
            "Depression",
            "stem",
            "attribution",
            "public-domain",
            Map.of(),
            List.of(new Instrument.AnswerOption(0, "Not at all")),
            List.of(new Instrument.Item(1, "q", null, null, null, null)),
            new Instrument.Scoring(ScoringRule.SUM, 0, 27),
            List.of(),
            10,
            6,
            List.of());

    private static ScoreEntry score(String day, int total, MeasureRoute route) {
        return new ScoreEntry(1, 1, null, "PHQ9", "PHQ-9", Instant.parse(day + "T10:00:00Z"), route, total, null, null);
    }

    @Test
    void drawsEveryScoreTheThresholdAndADescriptionForScreenReaders() {
        var svg = ScoreChart.render(
                PHQ9,
                List.of(
                        score("2026-09-01", 18, MeasureRoute.IN_SESSION),
                        score("2026-10-01", 12, MeasureRoute.BEFORE_SESSION),
                        score("2026-11-01", 7, MeasureRoute.IN_SESSION)));
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<circle", -1)).hasSize(4);
        assertThat(svg).contains("fill=\"#ffffff\"").contains("fill=\"#005eb8\"");
        assertThat(svg).contains("caseness 10").contains("stroke-dasharray");
        assertThat(svg).contains("3 PHQ-9 scores, from 18 on 1 Sept 2026 to 7 on 1 Nov 2026; caseness threshold 10.");
        // threshold 10 of 27 sits between the axis (y=170) and the top (y=14)
        double y = 170 - 156 * 10.0 / 27;
        assertThat(svg).contains(String.format(java.util.Locale.ROOT, "y1=\"%.1f\"", y));
    }

    @Test
    void otherInstrumentsAndEmptyHistoriesAreHandled() {
        var gad = new ScoreEntry(
                2,
                1,
                null,
                "GAD7",
                "GAD-7",
                Instant.parse("2026-09-01T10:00:00Z"),
                MeasureRoute.IN_SESSION,
                9,
                null,
                null);
        var svg = ScoreChart.render(PHQ9, List.of(gad));
        assertThat(svg).contains("No scores yet").doesNotContain("<circle");
    }
}

package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.caseload.internal.CaseloadRow;
import org.stepline.measures.ScoreSummary;
import org.stepline.shared.codes.ReferralStage;

class CaseloadOrderTest {

    private static CaseloadRow row(String name, long daysInStage, Instant nextBooked, boolean risk) {
        return new CaseloadRow(
                1,
                1,
                name,
                "943 476 5919",
                2,
                ReferralStage.IN_TREATMENT,
                daysInStage,
                null,
                nextBooked,
                List.of(),
                risk,
                List.of());
    }

    @Test
    void riskFirstThenNothingBookedThenLongestInStage() {
        var booked = Instant.parse("2030-01-01T10:00:00Z");
        var rows = new ArrayList<>(List.of(
                row("BOOKED, Long", 90, booked, false),
                row("NONE, Short", 3, null, false),
                row("BOOKED, Short", 5, booked, false),
                row("NONE, Long", 60, null, false),
                row("ALSO, Short", 3, null, false),
                row("RISK, Booked", 1, booked, true)));
        rows.sort(CaseloadRow.ATTENTION_FIRST);
        assertThat(rows)
                .extracting(CaseloadRow::patientName)
                .containsExactly(
                        "RISK, Booked", "NONE, Long", "ALSO, Short", "NONE, Short", "BOOKED, Long", "BOOKED, Short");
    }

    @ParameterizedTest(name = "first {0}, latest {1}, {2} scores: {3}")
    @CsvSource({"18, 9, 2, 9 (−9)", "8, 14, 3, 14 (+6)", "12, 12, 2, 12 (±0)", "15, 15, 1, 15 (first)"})
    void latestScoreWithChangeSinceFirst(int first, int latest, int count, String shown) {
        var summary = new ScoreSummary("PHQ9", "PHQ-9", first, latest, Instant.now(), count, 6, 10);
        assertThat(CaseloadRow.describe(summary)).isEqualTo(shown);
    }
}

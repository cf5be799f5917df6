package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stepline.caseload.internal.CaseloadRow;
import org.stepline.shared.codes.ReferralStage;

class CaseloadOrderTest {

    private static CaseloadRow row(String name, long daysInStage, Instant nextBooked) {
        return new CaseloadRow(1, 1, name, "943 476 5919", 2, ReferralStage.IN_TREATMENT, daysInStage, null, nextBooked,
                List.of());
    }

    @Test
    void nothingBookedComesFirstThenLongestInStage() {
        var booked = Instant.parse("2030-01-01T10:00:00Z");
        var rows = new ArrayList<>(List.of(row("BOOKED, Long", 90, booked), row("NONE, Short", 3, null),
                row("BOOKED, Short", 5, booked), row("NONE, Long", 60, null), row("ALSO, Short", 3, null)));
        rows.sort(CaseloadRow.ATTENTION_FIRST);
        assertThat(rows).extracting(CaseloadRow::patientName)
                .containsExactly("NONE, Long", "ALSO, Short", "NONE, Short", "BOOKED, Long", "BOOKED, Short");
    }
}

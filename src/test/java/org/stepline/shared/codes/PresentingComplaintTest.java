package org.stepline.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NHS England's ranking of a pathway's presenting complaints: coded first, then primary before secondary, then the
 * latest date, then the last recorded. Complaints as {@code code/significance/date}, in the order recorded; empty
 * parts are not given. The chosen one is named by its place in that order (1 = first recorded).
 */
class PresentingComplaintTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "F400/01/2025-01-01                                         | 1",
                "999999999/01/2025-03-01; F401/02/2025-01-01                | 2", // coded before not coded, whatever
                // else
                "F410/02/2025-03-01; F401/01/2025-01-01                     | 2", // primary before secondary
                "F410/01/2025-01-01; F401/01/2025-03-01                     | 2", // the latest date
                "F410/01/2025-03-01; F401/01/2025-01-01                     | 1",
                "F410/01/2025-03-01; F401/01/2025-03-01                     | 2", // the same date: the last recorded
                "F410/01/2025-03-01; F401/01/2025-03-01; F42/01/2025-03-01  | 3",
                "F410//2025-03-01; F401/02/2025-01-01                       | 2", // significance not given ranks last
                "F410/01/; F401/01/2025-01-01                               | 2", // a dated complaint before an undated
                // one
                "F410/01/; F401/01/                                         | 2", // neither dated: the last recorded
                "70691001/01/2025-01-01; 999999999/01/2025-05-01            | 1", // SNOMED CT that maps to ICD-10 is
                // coded
                "999999999/01/2025-01-01; 888888888/01/2025-05-01           | 2" // neither coded: the rest decides
            })
    void choosesAsNhsEnglandRanks(String complaints, int chosen) {
        var list = complaints(complaints);
        assertThat(PresentingComplaint.chosen(list))
                .map(PresentingComplaint::recordedOrder)
                .contains((long) chosen);
        var reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        assertThat(PresentingComplaint.chosen(reversed))
                .as("the order they are handed over in does not matter")
                .map(PresentingComplaint::recordedOrder)
                .contains((long) chosen);
        PresentingComplaint best = null;
        for (var complaint : list) { // streaming, as the import ranks them
            best = best == null || PresentingComplaint.ranksBefore(complaint, best) ? complaint : best;
        }
        assertThat(best.recordedOrder()).isEqualTo(chosen);
    }

    @org.junit.jupiter.api.Test
    void noComplaintChoosesNone() {
        assertThat(PresentingComplaint.chosen(List.of())).isEmpty();
    }

    private static List<PresentingComplaint> complaints(String spec) {
        var list = new ArrayList<PresentingComplaint>();
        String[] parts = spec.split(";");
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].strip().split("/", -1);
            list.add(new PresentingComplaint(
                    fields[0],
                    fields[1].isEmpty() ? null : fields[1],
                    fields[2].isEmpty() ? null : LocalDate.parse(fields[2]),
                    i + 1));
        }
        return list;
    }
}

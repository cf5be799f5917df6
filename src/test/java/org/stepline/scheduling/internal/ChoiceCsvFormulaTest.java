package org.stepline.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepline.scheduling.ChoiceFigures;

/** The choice-of-mode download writes through the one CSV writer: a team named like a formula is defused. */
class ChoiceCsvFormulaTest {

    @Test
    void aTeamNamedLikeAFormulaIsWrittenAsText() {
        String csv = ChoiceCsv.write(
                List.of(new ChoiceFigures(1, "=HYPERLINK(\"http://evil.example\")", 10, 0, 10, Map.of(), 0, 0)), 5);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\",10,");
    }
}

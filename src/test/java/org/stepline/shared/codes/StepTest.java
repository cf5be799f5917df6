package org.stepline.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepTest {

    @ParameterizedTest
    @CsvSource({"2, Step 2", "3, Step 3", "0, Step not recorded"})
    void readsAsPeopleSayIt(int step, String label) {
        assertThat(Step.label(step)).isEqualTo(label);
    }
}

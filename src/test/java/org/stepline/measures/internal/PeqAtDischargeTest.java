package org.stepline.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which discharges send the end-of-treatment PEQ: only after some treatment, never to someone who has died. */
class PeqAtDischargeTest {

    @ParameterizedTest(name = "end code {0} after {1} treatment sessions: PEQ {2}")
    @CsvSource({
        "46, 6, true", // mutually agreed completion
        "47, 1, true", // ended earlier than the practitioner planned
        "48, 2, true", // ended earlier than the patient requested
        "96, 3, true", // not known, taken on for treatment
        "46, 0, false", // no treatment session attended
        "49, 4, false", // deceased
        "17, 0, false",
        "14, 0, false", // declined the treatment offered
        "12, 1, false", // advice and support, not a course of treatment
        "10, 0, false",
        "50, 0, false"
    })
    void sentOnlyAfterTreatment(String endCode, int sessions, boolean due) {
        assertThat(PeqAtDischarge.due(endCode, sessions)).isEqualTo(due);
    }
}

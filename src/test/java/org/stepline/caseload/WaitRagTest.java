package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.caseload.internal.WaitRag;

class WaitRagTest {

    @ParameterizedTest(name = "{0} days waiting is {1}")
    @CsvSource({
        "0,   GREEN, Under 6 weeks",
        "1,   GREEN, Under 6 weeks",
        "42,  GREEN, Under 6 weeks",
        "43,  AMBER, 6 to 18 weeks",
        "100, AMBER, 6 to 18 weeks",
        "126, AMBER, 6 to 18 weeks",
        "127, RED,   Over 18 weeks",
        "400, RED,   Over 18 weeks"
    })
    void waitsAreRatedAgainstTheSixAndEighteenWeekStandards(long days, WaitRag expected, String words) {
        var rag = WaitRag.forDaysWaiting(days);
        assertThat(rag).isEqualTo(expected);
        assertThat(rag.words()).isEqualTo(words);
        assertThat(rag.cssClass()).isEqualTo("stepline-rag--" + expected.name().toLowerCase());
    }
}

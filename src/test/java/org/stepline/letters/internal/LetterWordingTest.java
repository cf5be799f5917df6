package org.stepline.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.outcomes.PathwayResult;
import org.stepline.shared.codes.ConsultationMechanism;

class LetterWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // case | completed | contacts | notCaseness | recovery | improvement | deterioration | reliableRecovery
                // | starts with
                "reliable recovery   | true  | 8 | false | true  | true  | false | true  | Reliably recovered:",
                "recovery            | true  | 8 | false | true  | false | false | false | Recovered:",
                "improvement only    | true  | 8 | false | false | true  | false | false | Reliably improved:",
                "deterioration       | true  | 8 | false | false | false | true  | false | Reliably deteriorated:",
                "no change           | true  | 8 | false | false | false | false | false | No reliable change",
                "below caseness      | true  | 5 | true  | false | true  | false | false | Scores were below the clinical threshold",
                "one session         | false | 1 | false | false | false | false | false | Not measured: the national outcome measures apply after two or more treatment sessions, and there was one.",
                "no session          | false | 0 | false | false | false | false | false | Not measured:"
            })
    void theOutcomeInWords(
            String name,
            boolean completed,
            int contacts,
            boolean notCaseness,
            boolean recovery,
            boolean improvement,
            boolean deterioration,
            boolean reliableRecovery,
            String expected) {
        var result = new PathwayResult(
                1,
                completed,
                contacts,
                !notCaseness,
                notCaseness,
                recovery,
                improvement,
                deterioration,
                reliableRecovery,
                "02",
                "GAD7",
                "GAD-7");
        assertThat(LetterWording.outcome(result)).startsWith(expected);
    }

    @Test
    void anUnknownOutcomeIsLeftOut() {
        assertThat(LetterWording.outcome(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "46 | Advice: Sam has been encouraged to keep using the skills",
                "47 | Advice: treatment ended earlier than planned.",
                "14 | Advice: Sam was not taken on for a course of treatment here",
                "49 | "
            })
    void adviceFollowsTheReasonForEnding(String endCode, String advice) {
        var plan = LetterWording.dischargePlan(endCode, "Sam");
        assertThat(plan.getFirst()).startsWith("Reason for ending: ");
        if (advice == null) {
            assertThat(plan).as("no advice about someone who has died").hasSize(1);
        } else {
            assertThat(plan.get(1)).startsWith(advice);
        }
    }

    @Test
    void everyModeIsCountedTheSameWay() {
        Map<ConsultationMechanism, Integer> attended = new EnumMap<>(ConsultationMechanism.class);
        attended.put(ConsultationMechanism.TELEPHONE, 5);
        attended.put(ConsultationMechanism.FACE_TO_FACE, 1);
        assertThat(LetterWording.modes(attended)).containsExactly("Face to face: 1 session", "Telephone: 5 sessions");
        assertThat(LetterWording.modes(Map.of())).containsExactly("No sessions attended yet");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2 | Step 2: low-intensity psychological treatment",
                "3 | Step 3: high-intensity psychological therapy"
            })
    void stepsInPlainWords(int step, String words) {
        assertThat(LetterWording.step(step)).isEqualTo(words);
    }
}

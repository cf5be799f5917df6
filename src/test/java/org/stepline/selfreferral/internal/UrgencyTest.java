package org.stepline.selfreferral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgencyTest {

    /** The instrument file's rule, as the measures module answers it: PHQ-9 item 9 above 0. */
    private static final BiFunction<String, String, Optional<String>> PHQ9_ITEM_9 =
            (question, answer) -> question.equals("PHQ9.9") && !answer.equals("0")
                    ? Optional.of("PHQ-9 question 9 answered above 0")
                    : Optional.empty();

    @ParameterizedTest(name = "harm {0}, PHQ-9 item 9 {1}: {2} reasons")
    @CsvSource({"N, 0, 0", "Y, 0, 1", "N, 1, 1", "N, 3, 1", "Y, 2, 2", "Z, 0, 0"})
    void urgentWhenTheySayYesOrAnswerPhq9Item9AboveZero(String harm, String item9, int reasons) {
        var answers = Map.of(Journey.HARM, harm, "PHQ9.9", item9, "PHQ9.1", "3", "GAD7.1", "3");
        assertThat(Urgency.reasons(answers, PHQ9_ITEM_9)).hasSize(reasons);
        assertThat(Urgency.calledFor(Journey.HARM, harm, PHQ9_ITEM_9)).isEqualTo(harm.equals("Y"));
        assertThat(Urgency.calledFor("PHQ9.9", item9, PHQ9_ITEM_9)).isEqualTo(!item9.equals("0"));
    }
}

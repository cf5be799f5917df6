package org.stepline.formulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nobody's words are lost when two people change the same entry at once. */
class ConcurrentEditsTest {

    @ParameterizedTest(name = "stored v{0} ''{1}'' removed={2}, saved from v{3} as ''{4}'' -> {5}")
    @CsvSource({
        "1, I am useless, false, 1, I felt useless, APPLY",
        "2, I am useless, false, 1, I felt useless, KEEP_BOTH",
        "2, I am useless, false, 1, I am useless, UNCHANGED",
        "1, I am useless, false, 1, I am useless, UNCHANGED",
        "2, I am useless, true, 1, I felt useless, KEEP_BOTH",
        "2, I am useless, true, 2, I am useless, KEEP_BOTH",
    })
    void edits(
            int version, String text, boolean removed, int base, String newText, ConcurrentEdits.EditOutcome expected) {
        var stored = new Entry(1, "thoughts", text, version, Writer.PATIENT, removed, null);
        assertThat(ConcurrentEdits.edit(stored, base, newText)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "stored v{0} removed={1}, removed from v{2} -> {3}")
    @CsvSource({
        "1, false, 1, REMOVE",
        "2, false, 1, KEEP_CHANGED",
        "2, true, 1, ALREADY_REMOVED",
        "2, true, 2, ALREADY_REMOVED",
    })
    void removals(int version, boolean removed, int base, ConcurrentEdits.RemoveOutcome expected) {
        var stored = new Entry(1, "thoughts", "text", version, Writer.PRACTITIONER, removed, null);
        assertThat(ConcurrentEdits.remove(stored, base)).isEqualTo(expected);
    }
}

package org.stepline.selfreferral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's long wording is checked for characters no person types, by the one rule for typed text. */
class SettingsFormTest {

    private static SettingsForm withCrisisHelp(String crisisHelp) {
        return new SettingsForm(
                "18",
                "",
                crisisHelp,
                "Privacy notice",
                "What happens next",
                Map.of("02", "true"),
                Map.of("02", "A telephone session is a call with your practitioner."));
    }

    @Test
    void wordingWithAControlCharacterIsRefusedBesideItsField() {
        var read = withCrisisHelp("Call 999\u0007 in an emergency").read(List.of());

        assertThat(read.settings()).isEmpty();
        assertThat(read.problems())
                .containsEntry(
                        "crisisHelp",
                        "This wording contains a character that cannot be used (such as a control character): retype it rather than pasting it");
    }

    @Test
    void wordingOverSeveralLinesIsKept() {
        var read = withCrisisHelp("Call 999 in an emergency.\nOr call NHS 111 and choose the mental health option.")
                .read(List.of());

        assertThat(read.problems()).doesNotContainKey("crisisHelp");
    }
}

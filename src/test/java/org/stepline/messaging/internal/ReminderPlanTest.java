package org.stepline.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.messaging.MessageChannel;

class ReminderPlanTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest(name = "mobile {0}, email {1}, opted out of [{2}] → [{3}]")
    @CsvSource(
            delimiter = ';',
            value = {
                "true;  true;  ;          SMS EMAIL",
                "true;  false; ;          SMS",
                "false; true;  ;          EMAIL",
                "false; false; ;          ''",
                "true;  true;  SMS;       EMAIL",
                "true;  true;  SMS EMAIL; ''",
                "false; true;  EMAIL;     ''"
            })
    void channelsAreThoseThePatientCanReceiveAndHasNotOptedOutOf(
            boolean mobile, boolean email, String optedOut, String expected) {
        assertThat(ReminderPlan.channels(mobile, email, channels(optedOut))).isEqualTo(channels(expected));
    }

    @ParameterizedTest(name = "appointment in {0} → reminders due in [{1}]")
    @CsvSource(
            delimiter = ';',
            value = {
                "PT72H;    PT24H PT70H",
                "PT48H;    PT0S PT46H",
                "PT47H;    PT45H",
                "PT2H;     PT0S",
                "PT1H59M;  ''",
                "-PT1H;    ''"
            })
    void leadTimesAlreadyPastAreSkipped(String startsIn, String dueIn) {
        Instant startsAt = NOW.plus(Duration.parse(startsIn));
        var reminders = ReminderPlan.reminders(
                startsAt, List.of(Duration.ofHours(48), Duration.ofHours(2)), EnumSet.of(MessageChannel.EMAIL), NOW);
        assertThat(reminders)
                .extracting(r -> Duration.between(NOW, r.dueAt()))
                .containsExactlyElementsOf(
                        dueIn.isBlank()
                                ? List.of()
                                : Arrays.stream(dueIn.split(" "))
                                        .map(Duration::parse)
                                        .toList());
    }

    private static Set<MessageChannel> channels(String names) {
        if (names == null || names.isBlank()) {
            return EnumSet.noneOf(MessageChannel.class);
        }
        return Arrays.stream(names.trim().split(" +"))
                .map(MessageChannel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MessageChannel.class)));
    }
}

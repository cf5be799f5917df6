package org.stepline.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.codes.ConsultationMechanism;

class MessageTextsTest {

    static final String STOP = "https://stepline.example/stop/abc";

    final MessageTexts texts = new MessageTexts("Leeds Talking Therapies", "0113 496 0000");

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "TELEPHONE;    2026-12-03T14:30:00Z; telephone appointment with Leeds Talking Therapies on Thursday 3 December 2026 at 2:30pm. We will call you then.",
                "FACE_TO_FACE; 2026-07-03T08:05:00Z; face-to-face appointment with Leeds Talking Therapies on Friday 3 July 2026 at 9:05am.",
                "VIDEO;        2026-12-03T14:30:00Z; video appointment with Leeds Talking Therapies on Thursday 3 December 2026 at 2:30pm."
            })
    void reminderSaysModeDateAndUkTimeAndHowToChangeIt(ConsultationMechanism mode, Instant at, String expected) {
        var content = texts.reminder("Ada", at, mode, false, STOP);
        assertThat(content.body())
                .startsWith("Hello Ada. This is a reminder of your ")
                .contains(expected)
                .endsWith("To change or cancel it, please call Leeds Talking Therapies on 0113 496 0000.\nStop texts: "
                        + STOP)
                .doesNotContain("rather not");
        assertThat(content.personalisation())
                .containsKeys("first_name", "date", "time", "appointment", "how_to_change", "body")
                .containsEntry("opt_out_link", STOP);
    }

    @Test
    void aMovedAppointmentGivesTheNewTimeFirstThenTheOldOneInUkTime() {
        var content = texts.moved(
                "Ada",
                Instant.parse("2026-12-03T14:30:00Z"),
                Instant.parse("2027-07-06T08:00:00Z"),
                ConsultationMechanism.VIDEO,
                false,
                STOP);
        assertThat(content.body())
                .isEqualTo("Hello Ada. Your video appointment with Leeds Talking Therapies has moved. "
                        + "It is now on Tuesday 6 July 2027 at 9:00am, instead of Thursday 3 December 2026 at 2:30pm. "
                        + "To change or cancel it, please call Leeds Talking Therapies on 0113 496 0000.\nStop texts: "
                        + STOP);
        assertThat(content.subject()).isEqualTo("Your appointment has moved to Tuesday 6 July 2027");
        assertThat(content.personalisation())
                .containsEntry("date", "Tuesday 6 July 2027")
                .containsEntry("time", "9:00am");
    }

    @Test
    void emailsGiveTheOptOutLinkInFull() {
        var content = texts.reminder(
                "Ada", Instant.parse("2026-12-03T14:30:00Z"), ConsultationMechanism.TELEPHONE, true, STOP);
        assertThat(content.subject()).isEqualTo("Reminder: your appointment on Thursday 3 December 2026");
        assertThat(content.body())
                .contains("If you would rather not receive emails from us, you can stop them with " + "this link:\n"
                        + STOP + "\n")
                .doesNotContain("Stop texts");
        assertThat(content.optOutUrl()).isEqualTo(STOP);
    }

    @Test
    void withoutAPhoneNumberPatientsAreAskedToContactTheService() {
        var content = new MessageTexts("the talking therapies service", null)
                .reminder("Ada", Instant.parse("2026-12-03T14:30:00Z"), ConsultationMechanism.TELEPHONE, false, STOP);
        assertThat(content.body()).contains("To change or cancel it, please contact the talking therapies service.\n");
    }

    @Test
    void questionnaireLinkGivesTheLinkAndWhenItStopsWorking() {
        var content = texts.questionnaireLink(
                "Ada", "https://stepline.example/q/abc", Instant.parse("2026-12-04T10:00:00Z"), false, STOP);
        assertThat(content.body())
                .contains(
                        "Leeds Talking Therapies would like you to answer a few short questions",
                        "\nhttps://stepline.example/q/abc\n",
                        "It works until 4 Dec 2026, 10:00",
                        "date of birth");
        assertThat(content.personalisation()).containsEntry("link", "https://stepline.example/q/abc");
    }
}

package org.stepline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.TestRecords;
import org.stepline.messaging.MessagingFixture.Row;
import org.stepline.messaging.internal.MessageSender;
import org.stepline.shared.ServiceTime;

/**
 * Reminders and questionnaire links end to end, against a real SMTP server (GreenMail) and a local fake of GOV.UK
 * Notify that checks the request contract. The sender's poller is off here: each test runs a sending round itself.
 */
@SpringBootTest(
        properties = {
            "stepline.messaging.max-attempts=3",
            "stepline.messaging.retry-delay=1m",
            "stepline.messaging.service-name=Test Talking Therapies",
            "stepline.messaging.service-phone=0113 496 0000",
            "stepline.public-url=https://stepline.test/"
        })
@AutoConfigureMockMvc
class MessagingIntegrationTest {

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        LocalProviders.register(properties);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSender sender;

    MessagingFixture fixture() {
        return new MessagingFixture(jdbc);
    }

    @AfterEach
    void everyRequestToNotifyKeptTheContract() {
        assertThat(LocalProviders.NOTIFY.violations()).isEmpty();
    }

    @Test
    void remindersAreQueuedAtBookingForEachChannelAndSentWithTheRightText() throws Exception {
        var patient = fixture().patient(true, true);
        Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        fixture().book(events, patient, startsAt);

        assertThat(fixture().rows(patient.id()))
                .extracting(Row::channel, Row::leadMinutes, Row::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SMS", 2880, "QUEUED"),
                        org.assertj.core.groups.Tuple.tuple("EMAIL", 2880, "QUEUED"),
                        org.assertj.core.groups.Tuple.tuple("SMS", 120, "QUEUED"),
                        org.assertj.core.groups.Tuple.tuple("EMAIL", 120, "QUEUED"));
        sender.sendDue();
        assertThat(LocalProviders.emailsTo(patient.email())).isEmpty(); // nothing is due yet

        fixture().makeDue(patient.id(), 2880);
        sender.sendDue();

        var date = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)
                .format(startsAt.atZone(ServiceTime.ZONE));
        var emails = LocalProviders.emailsTo(patient.email());
        assertThat(emails).hasSize(1);
        assertThat(emails.getFirst().getSubject()).isEqualTo("Reminder: your appointment on " + date);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(emails.getFirst());
        assertThat(body)
                .contains(
                        "Hello Robin. This is a reminder of your telephone appointment with Test Talking "
                                + "Therapies on " + date,
                        "We will call you then.",
                        "To change or cancel it, please call Test Talking Therapies on 0113 496 0000.",
                        "If you would rather not receive emails from us")
                .doesNotContainIgnoringCase("depress")
                .doesNotContainIgnoringCase("anxiety");
        assertThat(emails.getFirst().getFrom()[0].toString()).isEqualTo("reminders@stepline.test");

        var texts = LocalProviders.textsTo(patient.mobile());
        assertThat(texts).hasSize(1);
        assertThat(texts.getFirst().templateId()).isEqualTo(FakeNotify.REMINDER_TEMPLATE);
        assertThat(texts.getFirst().personalisation().getString("date")).isEqualTo(date);
        assertThat(texts.getFirst().personalisation().getString("body"))
                .contains("telephone appointment")
                .doesNotContain("rather not receive");

        assertThat(fixture().rows(patient.id()))
                .filteredOn(r -> r.leadMinutes() == 2880)
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo("SENT");
                    assertThat(r.attempts()).isEqualTo(1);
                    assertThat(r.providerReference()).isNotBlank();
                });
        assertThat(fixture().rows(patient.id()))
                .filteredOn(r -> r.leadMinutes() == 120)
                .extracting(Row::status)
                .containsOnly("QUEUED");

        String record = recordPage(patient);
        assertThat(record)
                .contains("Reminders and messages", "Appointment reminder", "Text message", "Email", "Sent ", "Queued");
    }

    @ParameterizedTest(name = "Notify answers {0}")
    @ValueSource(ints = {400, 403, 429, 500})
    void aMessageNotifyRefusesIsFailedWithItsReasonAndRetriedLater(int status) throws Exception {
        var patient = fixture().patient(true, false);
        fixture().book(events, patient, Instant.now().plus(3, ChronoUnit.DAYS));
        fixture().makeDue(patient.id(), 2880);
        LocalProviders.NOTIFY.failNextTo(patient.mobile(), status);

        Instant before = Instant.now();
        sender.sendDue();

        Row failed = only(fixture().rows(patient.id()), 2880);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastFailure()).startsWith("GOV.UK Notify refused the message (" + status + " ");
        assertThat(failed.nextAttemptAt())
                .isBetween(before.plus(Duration.ofSeconds(59)), Instant.now().plus(Duration.ofMinutes(1)));
        assertThat(recordPage(patient)).contains("Failed (attempt 1), will be tried again", failed.lastFailure());
        assertThat(LocalProviders.textsTo(patient.mobile())).isEmpty();

        fixture().makeDue(patient.id(), 2880);
        sender.sendDue();

        Row sent = only(fixture().rows(patient.id()), 2880);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(LocalProviders.textsTo(patient.mobile())).hasSize(1);
        assertThat(recordPage(patient)).contains("(attempt 2)");
    }

    @Test
    void afterTheLastAttemptAMessageStaysFailedForGood() throws Exception {
        var patient = fixture().patient(true, false);
        fixture().book(events, patient, Instant.now().plus(3, ChronoUnit.DAYS));
        fixture().makeDue(patient.id(), 2880);
        LocalProviders.NOTIFY.failNextTo(patient.mobile(), 500, 500, 500);

        for (int round = 0; round < 4; round++) {
            fixture().makeDue(patient.id(), 2880);
            sender.sendDue();
        }

        Row failed = only(fixture().rows(patient.id()), 2880);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastFailure()).contains("500", "Internal server error");
        assertThat(LocalProviders.textsTo(patient.mobile())).isEmpty();
        assertThat(recordPage(patient)).contains("Failed after 3 attempts: not tried again");
    }

    @Test
    void optingOutOfEmailsStopsQueuedEmailsAndFutureOnesButNotTexts() throws Exception {
        var patient = fixture().patient(true, true);
        fixture().book(events, patient, Instant.now().plus(3, ChronoUnit.DAYS));

        mvc.perform(post("/patients/" + patient.id() + "/messages/opt-outs")
                        .param("channel", "EMAIL")
                        .with(TestRecords.as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/patients/" + patient.id() + "#messages"));

        assertThat(fixture().rows(patient.id()))
                .filteredOn(r -> "EMAIL".equals(r.channel()))
                .hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo("CANCELLED");
                    assertThat(r.lastFailure()).isEqualTo("The patient opted out of emails");
                });
        assertThat(fixture().rows(patient.id()))
                .filteredOn(r -> "SMS".equals(r.channel()))
                .extracting(Row::status)
                .containsOnly("QUEUED");
        assertThat(jdbc.sql("select detail from audit_event where patient_id = ? and action = 'UPDATE'")
                        .param(patient.id())
                        .query(String.class)
                        .list())
                .containsExactly("Recorded that the patient does not want emails; 2 messages not yet sent stopped");
        assertThat(recordPage(patient))
                .contains(
                        "Opted out",
                        "Send emails again",
                        "The patient opted out of emails",
                        "<input type=\"hidden\" name=\"wanted\" value=\"true\">");

        fixture().book(events, patient, Instant.now().plus(4, ChronoUnit.DAYS));
        fixture().makeDue(patient.id());
        sender.sendDue();
        assertThat(LocalProviders.emailsTo(patient.email())).isEmpty();
        assertThat(LocalProviders.textsTo(patient.mobile())).hasSize(4);

        mvc.perform(post("/patients/" + patient.id() + "/messages/opt-outs")
                        .param("channel", "EMAIL")
                        .param("wanted", "true")
                        .with(TestRecords.as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(recordPage(patient)).doesNotContain("Opted out");
    }

    @Test
    void aClinicianOfAnotherTeamCannotRecordAnOptOut() throws Exception {
        var patient = fixture().patient(true, true);
        var stranger = fixture().patient(false, false).practitioner();
        mvc.perform(post("/patients/" + patient.id() + "/messages/opt-outs")
                        .param("channel", "SMS")
                        .with(TestRecords.as(stranger))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from message_opt_out where patient_id = ?")
                        .param(patient.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCancelledOrMovedAppointmentIsNotReminded() {
        var patient = fixture().patient(true, true);
        long cancelled = fixture().book(events, patient, Instant.now().plus(3, ChronoUnit.DAYS));
        long moved = fixture().book(events, patient, Instant.now().plus(5, ChronoUnit.DAYS));
        jdbc.sql("update appointment set attendance = '4' where id = ?")
                .param(cancelled)
                .update();
        jdbc.sql("update appointment set starts_at = starts_at + interval '1 day' where id = ?")
                .param(moved)
                .update();

        fixture().makeDue(patient.id());
        sender.sendDue();

        assertThat(LocalProviders.emailsTo(patient.email())).isEmpty();
        assertThat(LocalProviders.textsTo(patient.mobile())).isEmpty();
        assertThat(fixture().rows(patient.id()))
                .hasSize(8)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("CANCELLED"))
                .extracting(Row::lastFailure)
                .containsOnly(
                        "The appointment is no longer booked (Cancelled by the service)",
                        "The appointment was moved to another time");
    }

    @Test
    void anAppointmentAnnouncedAgainAtAnotherTimeIsRemindedOfTheNewTime() {
        var patient = fixture().patient(false, true);
        Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long appointment = fixture().book(events, patient, first);
        Instant moved = first.plus(1, ChronoUnit.DAYS);
        jdbc.sql("update appointment set starts_at = ? where id = ?")
                .params(MessagingFixture.utc(moved), appointment)
                .update();
        events.publishEvent(new org.stepline.scheduling.AppointmentBooked(
                appointment,
                patient.referralId(),
                patient.id(),
                patient.teamId(),
                moved,
                org.stepline.shared.codes.AppointmentType.TREATMENT,
                org.stepline.shared.codes.ConsultationMechanism.TELEPHONE,
                false));

        assertThat(fixture().rows(patient.id())).hasSize(2);
        fixture().makeDue(patient.id(), 2880);
        sender.sendDue();

        var date = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)
                .format(moved.atZone(ServiceTime.ZONE));
        assertThat(LocalProviders.emailsTo(patient.email()))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Reminder: your appointment on " + date));
    }

    @Test
    void anAppointmentMovedOnItsPageTellsThePatientInPlainWordsAndIsRemindedOfTheNewTime() throws Exception {
        var patient = fixture().patient(true, true);
        Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long appointment = fixture().book(events, patient, first);
        var moved = first.plus(1, ChronoUnit.DAYS).plus(30, ChronoUnit.MINUTES).atZone(ServiceTime.ZONE);
        mvc.perform(post("/appointments/" + appointment + "/move")
                        .param("slot", "")
                        .param("date", moved.toLocalDate().toString())
                        .param("time", moved.toLocalTime().toString())
                        .with(TestRecords.as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/" + patient.id()));

        sender.sendDue(); // the message about the move is due at once; the reminders are not yet

        var day = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK);
        var time = java.time.format.DateTimeFormatter.ofPattern("h:mma", java.util.Locale.UK);
        var before = first.atZone(ServiceTime.ZONE);
        String words = "Hello Robin. Your telephone appointment with Test Talking Therapies has moved. It is now on "
                + day.format(moved) + " at " + time.format(moved).toLowerCase(java.util.Locale.UK) + ", instead of "
                + day.format(before) + " at " + time.format(before).toLowerCase(java.util.Locale.UK)
                + ". We will call you then. To change or cancel it, please call Test Talking Therapies on 0113 496 0000.";
        assertThat(LocalProviders.emailsTo(patient.email())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Your appointment has moved to " + day.format(moved));
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)
                            .replace("\r\n", "\n")
                            .replace("=\n", ""))
                    .contains(
                            "Hello Robin. Your telephone appointment", "has moved. It is now on " + day.format(moved));
        });
        assertThat(LocalProviders.textsTo(patient.mobile())).singleElement().satisfies(sms -> {
            assertThat(sms.templateId()).isEqualTo(FakeNotify.LINK_TEMPLATE);
            assertThat(sms.personalisation().getString("body")).startsWith(words + "\nStop texts: ");
        });
        assertThat(recordPage(patient)).contains("Appointment moved");

        fixture().makeDue(patient.id(), 2880);
        sender.sendDue();
        assertThat(LocalProviders.emailsTo(patient.email()))
                .extracting(m -> m.getSubject())
                .contains("Reminder: your appointment on " + day.format(moved));
        assertThat(fixture().rows(patient.id()))
                .filteredOn(r -> r.leadMinutes() != null && r.leadMinutes() == 2880)
                .extracting(Row::status)
                .containsOnly("SENT");
    }

    @Test
    void aDueQuestionnaireRequestIsSentOnceAsAWorkingLink() throws Exception {
        var patient = fixture().patient(true, true);
        long request = jdbc.sql("""
                insert into questionnaire_request (patient_id, referral_id, team_id, instruments, send_after, created_by)
                values (?, ?, ?, array['PHQ9', 'GAD7'], now() - interval '1 minute', ?) returning id""")
                .params(
                        patient.id(),
                        patient.referralId(),
                        patient.teamId(),
                        patient.practitioner().id())
                .query(Long.class)
                .single();
        LocalProviders.NOTIFY.failNextTo(patient.mobile(), 500);

        sender.sendDue(); // queued, then refused by Notify: the link is made again for the retry
        assertThat(fixture().rows(patient.id())).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("QUESTIONNAIRE_LINK");
            assertThat(r.channel()).isEqualTo("SMS");
            assertThat(r.status()).isEqualTo("FAILED");
        });
        fixture().makeDue(patient.id());
        sender.sendDue();
        sender.sendDue();

        var texts = LocalProviders.textsTo(patient.mobile());
        assertThat(texts).hasSize(1);
        assertThat(texts.getFirst().templateId()).isEqualTo(FakeNotify.LINK_TEMPLATE);
        String link = texts.getFirst().personalisation().getString("link");
        assertThat(link).startsWith("https://stepline.test/q/");
        assertThat(texts.getFirst().personalisation().getString("body"))
                .contains(link)
                .doesNotContain("PHQ", "GAD", "depress");
        assertThat(jdbc.sql("select status || ' ' || channel from questionnaire_request where id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo("ISSUED SMS");
        assertThat(LocalProviders.emailsTo(patient.email())).isEmpty(); // one channel per link

        String page = mvc.perform(get(link.substring("https://stepline.test".length())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("date of birth");
        assertThat(recordPage(patient)).contains("Questionnaire link", "(attempt 2)");
    }

    @Test
    void aMessageLeftSendingByANodeThatDiedIsSentAgain() {
        var patient = fixture().patient(false, true);
        fixture().book(events, patient, Instant.now().plus(3, ChronoUnit.DAYS));
        jdbc.sql("""
                update outbound_message set status = 'SENDING', attempts = 1, claimed_by = 'a-node-that-died',
                    claimed_at = now() - interval '1 hour', next_attempt_at = now() - interval '1 hour'
                where patient_id = ? and lead_minutes = 2880""").param(patient.id()).update();

        sender.sendDue();

        Row resent = only(fixture().rows(patient.id()), 2880);
        assertThat(resent.status()).isEqualTo("SENT");
        assertThat(resent.attempts()).isEqualTo(2);
        assertThat(resent.claimedBy()).isNotEqualTo("a-node-that-died");
        assertThat(LocalProviders.emailsTo(patient.email())).hasSize(1);
    }

    private String recordPage(MessagingFixture.Patient patient) throws Exception {
        return mvc.perform(get("/patients/" + patient.id()).with(TestRecords.as(patient.practitioner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static Row only(List<Row> rows, int leadMinutes) {
        return rows.stream()
                .filter(r -> r.leadMinutes() != null && r.leadMinutes() == leadMinutes)
                .findFirst()
                .orElseThrow();
    }
}

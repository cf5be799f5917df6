package org.stepline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepline.TestRecords;
import org.stepline.messaging.MessagingFixture.Row;
import org.stepline.shared.LinkTokens;

/**
 * Patients opting out themselves through the link in every message: opening the page changes nothing, confirming
 * (a POST with the page's CSRF token, no sign-in) records the opt-out as staff would and stops the queued messages.
 */
class OptOutLinkTest extends MessagesToPatientsTest {

    private static final Pattern LINK = Pattern.compile("https://stepline\\.test(/stop/[A-Za-z0-9_-]{43})");

    @Test
    void anEmailsLinkShowsThePageAndOnlyTheButtonOptsThePatientOutOfEmails() throws Exception {
        var fixture = new MessagingFixture(jdbc);
        var patient = remindedByTextAndEmail(fixture);

        var email = LocalProviders.emailsTo(patient.email()).getFirst();
        String path = linkIn(GreenMailUtil.getBody(email));
        assertThat(email.getHeader("List-Unsubscribe", null)).isEqualTo("<https://stepline.test" + path + ">");
        assertThat(email.getHeader("List-Unsubscribe-Post")).isNull(); // no one-click POST
        String token = path.substring("/stop/".length());
        assertThat(jdbc.sql("select patient_id, channel from message_opt_out_link where token_hash = ?")
                        .param(LinkTokens.hash(token))
                        .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo(patient.id() + " EMAIL");

        String page = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Do you want to stop emails?",
                        "You will no longer get emails from Test Talking Therapies",
                        "no appointment reminders by email",
                        "no links to questionnaires by email",
                        "<form method=\"post\" action=\"" + path + "\">",
                        "name=\"_csrf\"",
                        "Stop emails");
        assertThat(optOuts(patient.id())).isEmpty();
        assertThat(fixture.rows(patient.id()))
                .filteredOn(r -> "EMAIL".equals(r.channel()))
                .extracting(Row::status)
                .containsExactlyInAnyOrder("SENT", "QUEUED");

        mvc.perform(post(path)).andExpect(status().isBadRequest()); // no CSRF token
        assertThat(optOuts(patient.id())).isEmpty();

        mvc.perform(post(path).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(path));
        assertThat(optOuts(patient.id())).containsExactly("EMAIL by patient");
        assertThat(fixture.rows(patient.id()))
                .filteredOn(r -> "EMAIL".equals(r.channel()) && r.leadMinutes() == 120)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo("CANCELLED");
                    assertThat(r.lastFailure()).isEqualTo("The patient opted out of emails");
                });
        assertThat(fixture.rows(patient.id()))
                .filteredOn(r -> "SMS".equals(r.channel()) && r.leadMinutes() == 120)
                .extracting(Row::status)
                .containsOnly("QUEUED");
        assertThat(jdbc.sql(
                                "select actor_username || ': ' || detail from audit_event where patient_id = ? and action = 'UPDATE'")
                        .param(patient.id())
                        .query(String.class)
                        .list())
                .containsExactly("patient (opt-out link): Patient "
                        + "opted out of emails through the link in a message; 1 message not yet sent stopped");

        assertThat(mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "You will not get emails from us",
                        "Contact Test Talking Therapies and ask them to send you emails again")
                .doesNotContain("Do you want to stop");
        mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection()); // twice is harmless
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ? and action = 'UPDATE'")
                        .param(patient.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/patients/" + patient.id()).with(TestRecords.as(patient.practitioner())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Opted out", "Send emails again");
    }

    @Test
    void aTextCarriesAShortLinkThatOptsThePatientOutOfTexts() throws Exception {
        var fixture = new MessagingFixture(jdbc);
        var patient = remindedByTextAndEmail(fixture);

        var personalisation =
                LocalProviders.textsTo(patient.mobile()).getFirst().personalisation();
        String path = linkIn(personalisation.getString("body"));
        assertThat(personalisation.getString("body")).endsWith("\nStop texts: https://stepline.test" + path);
        assertThat(personalisation.getString("opt_out_link")).isEqualTo("https://stepline.test" + path);
        assertThat(path)
                .isNotEqualTo(linkIn(GreenMailUtil.getBody(
                        LocalProviders.emailsTo(patient.email()).getFirst())));

        assertThat(mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "You will no longer get text messages from Test Talking Therapies",
                        "no appointment reminders by text message",
                        "Stop text messages");
        mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(optOuts(patient.id())).containsExactly("SMS by patient");
        assertThat(fixture.rows(patient.id()))
                .filteredOn(r -> r.leadMinutes() == 120)
                .extracting(Row::channel, Row::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SMS", "CANCELLED"),
                        org.assertj.core.groups.Tuple.tuple("EMAIL", "QUEUED"));
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                .contains("You will not get text messages from us");
    }

    @Test
    void anUnknownOrGarbledLinkIsAPlainNotFoundPageAndChangesNothing() throws Exception {
        for (String path :
                List.of("/stop/garbled", "/stop/" + LinkTokens.newToken(), "/stop/" + LinkTokens.newToken() + "x")) {
            assertThat(mvc.perform(get(path))
                            .andExpect(status().isNotFound())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("We cannot find this link")
                    .doesNotContain("Stop emails");
            mvc.perform(post(path).with(csrf())).andExpect(status().isNotFound());
        }
    }

    /** A patient with an appointment in three days: the 48-hour reminders are sent, the 2-hour ones still queued. */
    private MessagingFixture.Patient remindedByTextAndEmail(MessagingFixture fixture) {
        var patient = fixture.patient(true, true);
        fixture.book(events, patient, Instant.now().plus(3, ChronoUnit.DAYS));
        fixture.makeDue(patient.id(), 2880);
        sender.sendDue();
        return patient;
    }

    private List<String> optOuts(long patientId) {
        return jdbc.sql("""
                select channel || case when by_patient and recorded_by is null then ' by patient' else ' by staff' end
                from message_opt_out where patient_id = ?""").param(patientId).query(String.class).list();
    }

    private static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("an opt-out link in %s", text).isTrue();
        return matcher.group(1);
    }
}

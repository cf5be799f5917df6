package org.stepline.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepline.BrowserSession;
import org.stepline.TestRecords;
import org.stepline.identity.Role;

/** The one-time questionnaire link, end to end through the web layer and the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireLinkFlowTest {

    @Autowired
    SessionRepository<?> sessions;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TestRecords records;
    TestRecords.World world;

    @BeforeEach
    void setUp() {
        records = new TestRecords(jdbc);
        world = records.world();
    }

    /** Staff create a link for PHQ-9 and GAD-7; returns the token shown to them. */
    private String issueLink() throws Exception {
        String page = mvc.perform(post("/appointments/" + world.appointmentId() + "/questionnaire-requests")
                        .param("instrument", "PHQ9", "GAD7")
                        .with(csrf())
                        .with(as(world.practitioner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("/q/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(matcher.find()).as("the link is shown to staff").isTrue();
        return matcher.group(1);
    }

    private MockHttpServletRequestBuilder birthDate(
            String token, String day, String month, String year, BrowserSession session) {
        return post("/q/" + token)
                .with(session)
                .with(csrf())
                .param("day", day)
                .param("month", month)
                .param("year", year);
    }

    private MockHttpServletRequestBuilder answers(String token, BrowserSession session, int phq9Item9) {
        return answers(token, session, phq9Item9, 0);
    }

    /** PHQ-9 all 2 but item 9; GAD-7 all 1, leaving out GAD-7 question {@code skipGad7} (0: none). */
    private MockHttpServletRequestBuilder answers(String token, BrowserSession session, int phq9Item9, int skipGad7) {
        var request = post("/q/" + token + "/questions").with(session).with(csrf());
        for (int i = 1; i <= 8; i++) {
            request.param("PHQ9." + i, "2");
        }
        request.param("PHQ9.9", String.valueOf(phq9Item9));
        for (int i = 1; i <= 7; i++) {
            if (i != skipGad7) {
                request.param("GAD7." + i, "1");
            }
        }
        return request;
    }

    @Test
    void thePatientConfirmsTheirBirthDateAnswersAndTheScoresLandAgainstTheAppointment() throws Exception {
        String token = issueLink();
        var session = BrowserSession.start(sessions);

        mvc.perform(get("/q/" + token).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hello Alex")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Tester"))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Little interest"))));
        mvc.perform(get("/q/" + token + "/questions").with(session)).andExpect(redirectedUrl("/q/" + token));

        mvc.perform(birthDate(token, "27", "3", "1985", session))
                .andExpect(redirectedUrl("/q/" + token + "/questions"));
        mvc.perform(get("/q/" + token + "/questions").with(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Little interest or pleasure in doing things")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Feeling nervous, anxious or on edge")));

        mvc.perform(answers(token, session, 0)).andExpect(redirectedUrl("/q/done"));

        var stored = jdbc.sql("""
                select instrument, total_score, severity, caseness, route, appointment_id from measure_administration
                where patient_id = ? order by instrument""")
                .param(world.patientId())
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getLong(6)))
                .list();
        assertThat(stored)
                .containsExactly(
                        List.of("GAD7", 7, "Mild", false, "BEFORE_SESSION", world.appointmentId()),
                        List.of("PHQ9", 16, "Moderately severe", true, "BEFORE_SESSION", world.appointmentId()));
        assertThat(openAlerts()).isZero();

        // single use: the link is now gone, with a page that says so
        mvc.perform(get("/q/" + token).with(BrowserSession.start(sessions)))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("already answered")));
    }

    @Test
    void aRiskAnswerRaisesAnAlertAtOnce() throws Exception {
        String token = issueLink();
        var session = BrowserSession.start(sessions);
        mvc.perform(birthDate(token, "27", "03", "1985", session));
        mvc.perform(answers(token, session, 1)).andExpect(redirectedUrl("/q/done"));
        assertThat(openAlerts()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and detail like '%risk alert raised%'")
                        .param(world.patientId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMissingAnswerIsNamedAndNothingIsSaved() throws Exception {
        String token = issueLink();
        var session = BrowserSession.start(sessions);
        mvc.perform(birthDate(token, "27", "3", "1985", session));
        mvc.perform(answers(token, session, 0, 3))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Answer question 3")));
        assertThat(jdbc.sql("select count(*) from measure_administration where patient_id = ?")
                        .param(world.patientId())
                        .query(Long.class)
                        .single())
                .isZero();
        // the link still works for a corrected answer
        mvc.perform(answers(token, session, 0)).andExpect(redirectedUrl("/q/done"));
    }

    @Test
    void fiveWrongBirthDatesLockTheLink() throws Exception {
        String token = issueLink();
        var session = BrowserSession.start(sessions);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(birthDate(token, "1", "1", "1990", session))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.containsString(
                                    (5 - attempt) + (attempt == 4 ? " try" : " tries") + " left")));
        }
        mvc.perform(birthDate(token, "1", "1", "1990", session))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("locked")));
        // even the right date no longer opens it
        mvc.perform(birthDate(token, "27", "3", "1985", BrowserSession.start(sessions)))
                .andExpect(status().isGone());
    }

    @Test
    void anExpiredLinkIsGone() throws Exception {
        String token = issueLink();
        jdbc.sql("update questionnaire_request set expires_at = now() - interval '1 minute' where token_hash = ?")
                .param(sha256(token))
                .update();
        mvc.perform(get("/q/" + token))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("expired")));
    }

    @Test
    void aRevokedLinkIsGone() throws Exception {
        String token = issueLink();
        long requestId = jdbc.sql("select id from questionnaire_request where token_hash = ?")
                .param(sha256(token))
                .query(Long.class)
                .single();
        mvc.perform(post("/questionnaire-requests/" + requestId + "/revoke")
                        .with(csrf())
                        .with(as(world.practitioner())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/q/" + token))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cancelled")));
    }

    @Test
    void anUnknownLinkIsNotFoundWithAdvice() throws Exception {
        mvc.perform(get("/q/" + "A".repeat(43)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("We cannot find this link")));
        mvc.perform(get("/q/short")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheTokensHashIsStored() throws Exception {
        String token = issueLink();
        var row = jdbc.sql("select * from questionnaire_request where token_hash = ?")
                .param(sha256(token))
                .query((rs, n) -> {
                    StringBuilder all = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        all.append(rs.getString(c)).append('|');
                    }
                    return all.toString();
                })
                .single();
        assertThat(row).doesNotContain(token);
        assertThat(token).hasSize(43); // 256 random bits, base64url
    }

    @Test
    void aClinicianOfAnotherTeamCannotRequestOrEnterMeasuresForThisPatient() throws Exception {
        var stranger = records.clinician(records.team(), Role.PRACTITIONER);
        mvc.perform(post("/appointments/" + world.appointmentId() + "/questionnaire-requests")
                        .param("instrument", "PHQ9")
                        .with(csrf())
                        .with(as(stranger)))
                .andExpect(status().isForbidden());
        var entry = post("/appointments/" + world.appointmentId() + "/measures/GAD7")
                .with(csrf())
                .with(as(stranger));
        for (int i = 1; i <= 7; i++) {
            entry.param("GAD7." + i, "1");
        }
        mvc.perform(entry).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from measure_administration where patient_id = ?")
                        .param(world.patientId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void inSessionEntryScoresAtOnceAndRaisesRisk() throws Exception {
        var entry = post("/appointments/" + world.appointmentId() + "/measures/PHQ9")
                .with(csrf())
                .with(as(world.practitioner()));
        for (int i = 1; i <= 8; i++) {
            entry.param("PHQ9." + i, "1");
        }
        entry.param("PHQ9.9", "2");
        mvc.perform(entry)
                .andExpect(redirectedUrl("/patients/" + world.patientId()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute(
                                "flash",
                                org.hamcrest.Matchers.containsString(
                                        "total 10 (Moderate), at or above caseness. A risk alert")));
        assertThat(openAlerts()).isEqualTo(1);
        long alert = jdbc.sql("select id from risk_alert where patient_id = ?")
                .param(world.patientId())
                .query(Long.class)
                .single();

        mvc.perform(post("/risk-alerts/" + alert + "/acknowledge")
                .param("note", "")
                .with(csrf())
                .with(as(world.practitioner())));
        assertThat(openAlerts()).as("a note is required").isEqualTo(1);
        mvc.perform(post("/risk-alerts/" + alert + "/acknowledge")
                .param("note", "Called the patient; safety plan agreed")
                .with(csrf())
                .with(as(world.practitioner())));
        assertThat(openAlerts()).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and detail like 'Acknowledged risk alert%'")
                        .param(world.patientId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void bookingWithQuestionnairesSchedulesARequestThatStaffCanIssue() throws Exception {
        var day = java.time.LocalDate.now(org.stepline.shared.ServiceTime.ZONE).plusDays(5);
        mvc.perform(post("/referrals/" + world.referralId() + "/appointments/new")
                        .with(csrf())
                        .with(as(world.practitioner()))
                        .param("date", day.toString())
                        .param("time", "10:30")
                        .param(
                                "practitionerId",
                                String.valueOf(world.practitioner().id()))
                        .param("type", "02")
                        .param("mode", "02")
                        .param("plannedMinutes", "30")
                        .param("questionnaires", "yes"))
                .andExpect(status().is3xxRedirection());
        var request = jdbc.sql("""
                select id, status, send_after, token_hash is null as no_token from questionnaire_request
                where patient_id = ? and appointment_id is not null and appointment_id <> ?""")
                .params(world.patientId(), world.appointmentId())
                .query((rs, n) -> List.of(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        rs.getBoolean(4)))
                .single();
        var startsAt =
                day.atTime(10, 30).atZone(org.stepline.shared.ServiceTime.ZONE).toInstant();
        assertThat(request.get(1)).isEqualTo("SCHEDULED");
        assertThat(request.get(2)).isEqualTo(startsAt.minus(java.time.Duration.ofHours(48)));
        assertThat(request.get(3))
                .as("no token exists until the link is issued")
                .isEqualTo(true);

        mvc.perform(get("/patients/" + world.patientId()).with(as(world.practitioner())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Create the link now")));
        String page = mvc.perform(post("/questionnaire-requests/" + request.get(0) + "/issue")
                        .with(csrf())
                        .with(as(world.practitioner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("/q/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(matcher.find()).isTrue();
        mvc.perform(get("/q/" + matcher.group(1))).andExpect(status().isOk());
        // issuing twice is refused: the first link stays the only one
        mvc.perform(post("/questionnaire-requests/" + request.get(0) + "/issue")
                        .with(csrf())
                        .with(as(world.practitioner())))
                .andExpect(status().is3xxRedirection());
    }

    private long openAlerts() {
        return jdbc.sql("select count(*) from risk_alert where patient_id = ? and acknowledged_at is null")
                .param(world.patientId())
                .query(Long.class)
                .single();
    }

    private static byte[] sha256(String token) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    }
}

package org.stepline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.TestRecords;
import org.stepline.identity.Role;

/** The cases the issue found by hand: each once answered 500 and lost what was typed. */
@SpringBootTest
@AutoConfigureMockMvc
class KnownHostileCasesTest {

    private static final String CANNOT_BE_USED = "contains a character that cannot be used";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulInThePatientSearchIsSaidNextToTheBoxWithTheSearchKept() throws Exception {
        var world = new TestRecords(jdbc).world();
        String html = mvc.perform(get("/patients").param("q", "Alex\u0000").with(TestRecords.as(world.practitioner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Search " + CANNOT_BE_USED, "id=\"q-error\"", "value=\"Alex")
                .doesNotContain("patients found");
    }

    @Test
    void aNulInARiskAlertNoteComesBackWithTheNoteAndTheAlertStaysOpen() throws Exception {
        var world = new TestRecords(jdbc).world();
        long administration = jdbc.sql("""
                insert into measure_administration (patient_id, referral_id, instrument, completed_at, route,
                    total_score, severity, caseness)
                values (?, ?, 'PHQ9', now(), 'IN_SESSION', 20, 'Severe', true) returning id""")
                .params(world.patientId(), world.referralId())
                .query(Long.class)
                .single();
        long alert = jdbc.sql("""
                insert into risk_alert (patient_id, referral_id, team_id, administration_id, reason)
                values (?, ?, ?, ?, 'PHQ-9 question 9 answered 2') returning id""")
                .params(world.patientId(), world.referralId(), world.teamId(), administration)
                .query(Long.class)
                .single();

        String html = mvc.perform(post("/risk-alerts/" + alert + "/acknowledge")
                        .param("note", "Called the patient\u0000, safety plan agreed")
                        .param("returnTo", "/risk-alerts")
                        .with(TestRecords.as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Note " + CANNOT_BE_USED,
                        "id=\"note-error\"",
                        "Called the patient",
                        "PHQ-9 question 9 answered 2",
                        "action=\"/risk-alerts/" + alert + "/acknowledge\"");
        assertThat(jdbc.sql("select acknowledged_at is null from risk_alert where id = ?")
                        .param(alert)
                        .query(Boolean.class)
                        .single())
                .as("nothing half-saved")
                .isTrue();
    }

    @Test
    void signingInWithAControlCharacterIsJustAFailedSignIn() throws Exception {
        // the sign-in form is Spring Security's filter, not a mapped route, so the route walk does not reach it
        for (String username : new String[] {"admin\u0000", "\uD800", "x".repeat(10_000)}) {
            mvc.perform(post("/login")
                            .param("username", username)
                            .param("password", "p\u0000")
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void aSpaceBeforeADateInTheAuditFilterIsFine() throws Exception {
        var admin = new TestRecords(jdbc).clinician(new TestRecords(jdbc).team(), Role.ADMIN);
        String html = mvc.perform(get("/admin/audit")
                        .param("from", " 2025-01-01")
                        .param("to", "2025-12-31 ")
                        .with(TestRecords.as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("There is a problem", "Enter a real date");
        String impossible = mvc.perform(
                        get("/admin/audit").param("from", "31/02/2025").with(TestRecords.as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(impossible).contains("There is a problem", "Enter a real date, like 2025-03-31", "31/02/2025");
    }
}

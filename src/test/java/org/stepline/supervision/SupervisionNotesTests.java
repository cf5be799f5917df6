package org.stepline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.caseload.PageTestSupport;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.web.DateField;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionNotesTests extends PageTestSupport {

    CurrentStaff alex;
    CurrentStaff supervisor;
    CurrentStaff outsider;
    long patient;
    long referral;
    String dueDate;

    @BeforeAll
    void aPatientOnAlexsCaseload() {
        var make = fixtures();
        long team = make.team("Notes");
        alex = make.staff(Role.PRACTITIONER, team);
        supervisor = make.staff(Role.SUPERVISOR, team);
        outsider = make.staff(Role.PRACTITIONER, make.team("Notes other"));
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        patient = make.patient(team, "Dora", CaseloadFixtures.unique("Noted"));
        referral = make.referral(
                patient, team, alex.id(), ReferralStage.AWAITING_TREATMENT, today.minusDays(45), today.minusDays(30));
        dueDate = DateField.format(today.plusDays(7));
    }

    MockHttpServletRequestBuilder note(CurrentStaff who) {
        return post("/supervision/referrals/" + referral + "/notes")
                .with(user(StaffPrincipal.of(who)))
                .with(csrf());
    }

    @Test
    void aNoteWithAProblemShowsItNextToTheFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long before = notesOf(patient);
        String html = mvc.perform(note(supervisor)
                        .param("discussion", "Long wait; agreed to offer telephone slot")
                        .param("decision", "CONTINUE")
                        .param("action1", "Offer a telephone appointment")
                        .param("owner1", String.valueOf(outsider.id()))
                        .param("due1", "31/2/2026"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Choose who owns action 1",
                        "Long wait; agreed to offer telephone slot",
                        "Offer a telephone appointment",
                        "nhsuk-error-message");
        assertThat(notesOf(patient)).isEqualTo(before);
        assertThat(mvc.perform(note(supervisor).param("discussion", " "))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Write what was discussed", "Choose the decision");
    }

    @Test
    void aDecisionWithAnActionIsAuditedShownOnTheRecordAndOnTheOwnersCaseloadUntilDone() throws Exception {
        mvc.perform(note(supervisor)
                        .param("discussion", "Waiting over six weeks; discussed options")
                        .param("decision", "STEP_UP")
                        .param("action1", "Book first treatment session")
                        .param("owner1", String.valueOf(alex.id()))
                        .param("due1", dueDate))
                .andExpect(redirectedUrl("/supervision/referrals/" + referral));
        assertThat(lastAudit(supervisor))
                .contains("decision Step up", "action for " + alex.displayName(), "Book first treatment session");

        assertThat(page(alex, "/patients/" + patient))
                .contains(
                        "Supervision notes",
                        "Step up",
                        "Waiting over six weeks; discussed options",
                        "Book first treatment session, for " + alex.displayName());
        String caseload = page(alex, "/caseload");
        assertThat(caseload).contains("Actions from supervision", "Book first treatment session", "Mark done");
        long action = jdbc.sql("select a.id from supervision_action a join supervision_note n on n.id = a.note_id"
                        + " where n.patient_id = ?")
                .param(patient)
                .query(Long.class)
                .single();

        mvc.perform(post("/supervision/actions/" + action + "/done")
                        .param("returnTo", "/caseload")
                        .with(user(StaffPrincipal.of(outsider)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/supervision/actions/" + action + "/done")
                        .param("returnTo", "/caseload")
                        .with(user(StaffPrincipal.of(alex)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/caseload"));
        assertThat(lastAudit(alex)).startsWith("Marked a supervision action done");
        assertThat(page(alex, "/caseload")).doesNotContain("Book first treatment session");
        assertThat(page(supervisor, "/supervision/referrals/" + referral))
                .contains("Book first treatment session", "Done ");
    }

    @Test
    void aClinicianOfAnotherTeamCannotOpenTheReview() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/supervision/referrals/" + referral)
                        .with(user(StaffPrincipal.of(outsider))))
                .andExpect(status().isForbidden());
        long before = notesOf(patient);
        mvc.perform(note(outsider).param("discussion", "Not mine to discuss").param("decision", "DISCHARGE"))
                .andExpect(status().isForbidden());
        assertThat(notesOf(patient)).isEqualTo(before);
        assertThat(jdbc.sql("select action from audit_event where actor_id = ? order by id desc limit 1")
                        .param(outsider.id())
                        .query(String.class)
                        .single())
                .isEqualTo("DENIED");
    }

    long notesOf(long patientId) {
        return jdbc.sql("select count(*) from supervision_note where patient_id = ?")
                .param(patientId)
                .query(Long.class)
                .single();
    }

    String lastAudit(CurrentStaff who) {
        return jdbc.sql("select detail from audit_event where actor_id = ? order by id desc limit 1")
                .param(who.id())
                .query(String.class)
                .single();
    }
}

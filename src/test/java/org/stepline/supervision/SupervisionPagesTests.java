package org.stepline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.caseload.PageTestSupport;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionPagesTests extends PageTestSupport {

    CurrentStaff alex;
    CurrentStaff sam;
    CurrentStaff supervisor;
    CurrentStaff otherSupervisor;
    String missing;
    String waiting;
    String fine;

    @BeforeAll
    void aTeamWithFlaggedPatients() {
        var make = fixtures();
        long team = make.team("Supervision");
        long otherTeam = make.team("Supervision other");
        alex = make.staff(Role.PRACTITIONER, team);
        sam = make.staff(Role.PRACTITIONER, team);
        supervisor = make.staff(Role.SUPERVISOR, team);
        otherSupervisor = make.staff(Role.SUPERVISOR, otherTeam);
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        Instant now = Instant.now();

        missing = CaseloadFixtures.unique("Missing");
        long first = make.referral(make.patient(team, "Ann", missing), team, alex.id(), ReferralStage.IN_TREATMENT,
                today.minusDays(60), today.minusDays(30));
        make.appointment(first, alex.id(), now.minus(20, ChronoUnit.DAYS), ConsultationMechanism.TELEPHONE, Attendance.ATTENDED);
        make.appointment(first, alex.id(), now.minus(10, ChronoUnit.DAYS), ConsultationMechanism.TELEPHONE, Attendance.DID_NOT_ATTEND);
        make.appointment(first, alex.id(), now.minus(3, ChronoUnit.DAYS), ConsultationMechanism.TELEPHONE, Attendance.LATE_NOT_SEEN);

        waiting = CaseloadFixtures.unique("Waiting");
        make.referral(make.patient(team, "Ben", waiting), team, alex.id(), ReferralStage.AWAITING_TREATMENT,
                today.minusDays(50), today.minusDays(20));

        fine = CaseloadFixtures.unique("Fine");
        long third = make.referral(make.patient(team, "Cat", fine), team, alex.id(), ReferralStage.IN_TREATMENT,
                today.minusDays(20), today.minusDays(10));
        make.appointment(third, alex.id(), now.minus(2, ChronoUnit.DAYS), ConsultationMechanism.VIDEO, Attendance.ATTENDED);
    }

    @Test
    void aSupervisorSeesTheirTeamWithFlaggedPatientsCounted() throws Exception {
        String html = page(supervisor, "/supervision");
        assertThat(html).contains("Supervision", alex.displayName(), sam.displayName(), "href=\"/supervision/" + alex.id() + "\"");
        // alex: two flagged patients (missed in a row and no contact; waiting), of three open referrals
        assertThat(html).containsPattern("(?s)" + alex.displayName() + ".*>3</td>.*<strong>2</strong>");
        assertThat(lastAudit(supervisor)).startsWith("Viewed supervision of the team");
    }

    @Test
    void aPractitionersReviewListsFlaggedPatientsMostUrgentFirstWithTheirReasons() throws Exception {
        String html = page(supervisor, "/supervision/" + alex.id());
        assertThat(html).contains("Supervision: " + alex.displayName(), "Did not attend the last 2 appointments",
                "No attended contact for 20 days while in treatment", "Waiting 7 weeks 1 day since referral",
                "Nothing flagged", "Telephone", "Video");
        assertThat(html.indexOf(missing.toUpperCase())).isLessThan(html.indexOf(waiting.toUpperCase()));
        assertThat(html.indexOf(waiting.toUpperCase())).isLessThan(html.indexOf("The rest of the caseload"));
        assertThat(html.indexOf(fine.toUpperCase())).isGreaterThan(html.indexOf("The rest of the caseload"));
        assertThat(lastAudit(supervisor)).contains("Viewed supervision of the caseload of " + alex.displayName());
    }

    @Test
    void aPractitionerSeesTheirOwnAndIsRefusedAnyoneElses() throws Exception {
        mvc.perform(get("/supervision").with(user(StaffPrincipal.of(alex))))
                .andExpect(redirectedUrl("/supervision/" + alex.id()));
        assertThat(page(alex, "/supervision/" + alex.id())).contains("Supervision of my caseload", missing.toUpperCase());
        mvc.perform(get("/supervision/" + sam.id()).with(user(StaffPrincipal.of(alex)))).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorOfAnotherTeamIsRefusedAndTheRefusalAudited() throws Exception {
        mvc.perform(get("/supervision/" + alex.id()).with(user(StaffPrincipal.of(otherSupervisor))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select action from audit_event where actor_id = ? order by id desc limit 1")
                .param(otherSupervisor.id()).query(String.class).single()).isEqualTo("DENIED");
    }

    String lastAudit(CurrentStaff who) {
        return jdbc.sql("select detail from audit_event where actor_id = ? order by id desc limit 1").param(who.id())
                .query(String.class).single();
    }
}

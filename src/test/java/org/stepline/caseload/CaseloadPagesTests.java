package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadPagesTests extends PageTestSupport {

    CurrentStaff alex;
    CurrentStaff sam;
    CurrentStaff supervisor;
    CurrentStaff otherTeams;
    String waitingForBooking;
    String booked;
    String discharged;
    String colleagues;
    String elsewhere;

    @BeforeAll
    void aTeamWithTwoPractitionersAndASupervisor() {
        var make = fixtures();
        long team = make.team("Caseload");
        long otherTeam = make.team("Caseload other");
        alex = make.staff(Role.PRACTITIONER, team);
        sam = make.staff(Role.PRACTITIONER, team);
        supervisor = make.staff(Role.SUPERVISOR, team);
        otherTeams = make.staff(Role.PRACTITIONER, otherTeam);
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        Instant now = Instant.now();

        waitingForBooking = CaseloadFixtures.unique("Nobooking");
        long first = make.referral(
                make.patient(team, "Ada", waitingForBooking),
                team,
                alex.id(),
                ReferralStage.IN_TREATMENT,
                today.minusDays(40),
                today.minusDays(10));
        make.appointment(
                first, alex.id(), now.minus(3, ChronoUnit.DAYS), ConsultationMechanism.TELEPHONE, Attendance.ATTENDED);
        make.appointment(
                first, alex.id(), now.minus(5, ChronoUnit.DAYS), ConsultationMechanism.VIDEO, Attendance.ATTENDED);

        booked = CaseloadFixtures.unique("Booked");
        long second = make.referral(
                make.patient(team, "Bea", booked),
                team,
                alex.id(),
                ReferralStage.AWAITING_TREATMENT,
                today.minusDays(50),
                today.minusDays(30));
        make.appointment(
                second,
                alex.id(),
                now.plus(2, ChronoUnit.DAYS),
                ConsultationMechanism.FACE_TO_FACE,
                Attendance.NOT_YET);

        discharged = CaseloadFixtures.unique("Discharged");
        make.referral(
                make.patient(team, "Cal", discharged),
                team,
                alex.id(),
                ReferralStage.DISCHARGED,
                today.minusDays(200),
                today.minusDays(20));
        colleagues = CaseloadFixtures.unique("Colleague");
        make.referral(
                make.patient(team, "Dee", colleagues),
                team,
                sam.id(),
                ReferralStage.AWAITING_ASSESSMENT,
                today.minusDays(5),
                today.minusDays(5));
        elsewhere = CaseloadFixtures.unique("Elsewhere");
        make.referral(
                make.patient(otherTeam, "Eve", elsewhere),
                otherTeam,
                otherTeams.id(),
                ReferralStage.IN_TREATMENT,
                today.minusDays(5),
                today.minusDays(5));
    }

    @Test
    void aPractitionerSeesTheirOwnOpenReferralsWhatNeedsAttentionFirst() throws Exception {
        String html = page(alex, "/caseload");

        assertThat(html)
                .contains("My caseload", waitingForBooking.toUpperCase() + ", Ada", booked.toUpperCase() + ", Bea")
                .doesNotContain(discharged.toUpperCase(), colleagues.toUpperCase(), elsewhere.toUpperCase());
        // nothing booked comes first even though the other referral has been longer in its stage
        assertThat(html.indexOf(waitingForBooking.toUpperCase())).isLessThan(html.indexOf(booked.toUpperCase()));
        assertThat(html)
                .containsPattern("(?s)" + waitingForBooking.toUpperCase() + ".*In treatment.*>10</td>.*None booked")
                .containsPattern("(?s)" + booked.toUpperCase() + ".*Awaiting treatment.*>30</td>.*No contact yet");
        assertThat(html).contains("stepline-mode--phone", "stepline-mode--video", "href=\"/patients/");
        assertThat(html).doesNotContain("Show the caseload of");
    }

    @Test
    void eachViewIsAuditedOnce() throws Exception {
        page(alex, "/caseload");
        assertThat(jdbc.sql(
                                "select detail from audit_event where actor_id = ? and action = 'VIEW' and patient_id is null")
                        .param(alex.id())
                        .query(String.class)
                        .list())
                .contains("Viewed caseload of " + alex.displayName() + " (2 patients)");
    }

    @Test
    void aSupervisorMayViewAPractitionerOfTheirOwnTeam() throws Exception {
        String html = page(supervisor, "/caseload?practitioner=" + sam.id());
        assertThat(html)
                .contains(
                        "Caseload of " + sam.displayName(),
                        colleagues.toUpperCase(),
                        "Show the caseload of",
                        alex.displayName())
                .doesNotContain(waitingForBooking.toUpperCase());
    }

    @Test
    void aSupervisorCannotViewAPractitionerOfAnotherTeam() throws Exception {
        mvc.perform(get("/caseload?practitioner=" + otherTeams.id()).with(user(StaffPrincipal.of(supervisor))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'DENIED'")
                        .param(supervisor.id())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aPractitionerCannotViewAColleaguesCaseload() throws Exception {
        mvc.perform(get("/caseload?practitioner=" + sam.id()).with(user(StaffPrincipal.of(alex))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEmptyCaseloadSaysSoInPlainEnglish() throws Exception {
        assertThat(page(supervisor, "/caseload")).contains("You have no open referrals at the moment.");
    }
}

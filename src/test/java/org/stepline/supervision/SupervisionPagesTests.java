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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.caseload.PageTestSupport;
import org.stepline.datasets.DatasetImported;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.measures.MeasureRecorded;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.events.ContactRecorded;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionPagesTests extends PageTestSupport {

    CurrentStaff alex;
    CurrentStaff sam;
    CurrentStaff supervisor;
    CurrentStaff otherSupervisor;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

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
        long first = make.referral(
                make.patient(team, "Ann", missing),
                team,
                alex.id(),
                ReferralStage.IN_TREATMENT,
                today.minusDays(60),
                today.minusDays(30));
        make.appointment(
                first, alex.id(), now.minus(20, ChronoUnit.DAYS), ConsultationMechanism.TELEPHONE, Attendance.ATTENDED);
        make.appointment(
                first,
                alex.id(),
                now.minus(10, ChronoUnit.DAYS),
                ConsultationMechanism.TELEPHONE,
                Attendance.DID_NOT_ATTEND);
        make.appointment(
                first,
                alex.id(),
                now.minus(3, ChronoUnit.DAYS),
                ConsultationMechanism.TELEPHONE,
                Attendance.LATE_NOT_SEEN);

        waiting = CaseloadFixtures.unique("Waiting");
        make.referral(
                make.patient(team, "Ben", waiting),
                team,
                alex.id(),
                ReferralStage.AWAITING_TREATMENT,
                today.minusDays(50),
                today.minusDays(20));

        fine = CaseloadFixtures.unique("Fine");
        long third = make.referral(
                make.patient(team, "Cat", fine),
                team,
                alex.id(),
                ReferralStage.IN_TREATMENT,
                today.minusDays(20),
                today.minusDays(10));
        make.appointment(
                third, alex.id(), now.minus(2, ChronoUnit.DAYS), ConsultationMechanism.VIDEO, Attendance.ATTENDED);
    }

    @Test
    void aSupervisorSeesTheirTeamWithFlaggedPatientsCounted() throws Exception {
        String html = page(supervisor, "/supervision");
        assertThat(html)
                .contains(
                        "Supervision",
                        alex.displayName(),
                        sam.displayName(),
                        "href=\"/supervision/" + alex.id() + "\"");
        // alex: two flagged patients (missed in a row and no contact; waiting), of three open referrals
        assertThat(html).containsPattern("(?s)" + alex.displayName() + ".*>3</td>.*<strong>2</strong>");
        assertThat(lastAudit(supervisor)).startsWith("Viewed supervision of the team");
    }

    @Test
    void aPractitionersReviewListsFlaggedPatientsMostUrgentFirstWithTheirReasons() throws Exception {
        String html = page(supervisor, "/supervision/" + alex.id());
        assertThat(html)
                .contains(
                        "Supervision: " + alex.displayName(),
                        "Did not attend the last 2 appointments",
                        "No attended contact for 20 days while in treatment",
                        "Waiting 7 weeks 1 day since referral",
                        "Nothing flagged",
                        "Telephone",
                        "Video");
        assertThat(html.indexOf(missing.toUpperCase())).isLessThan(html.indexOf(waiting.toUpperCase()));
        assertThat(html.indexOf(waiting.toUpperCase())).isLessThan(html.indexOf("The rest of the caseload"));
        assertThat(html.indexOf(fine.toUpperCase())).isGreaterThan(html.indexOf("The rest of the caseload"));
        assertThat(lastAudit(supervisor)).contains("Viewed supervision of the caseload of " + alex.displayName());
    }

    @Test
    void aPractitionerSeesTheirOwnAndIsRefusedAnyoneElses() throws Exception {
        mvc.perform(get("/supervision").with(user(StaffPrincipal.of(alex))))
                .andExpect(redirectedUrl("/supervision/" + alex.id()));
        assertThat(page(alex, "/supervision/" + alex.id()))
                .contains("Supervision of my caseload", missing.toUpperCase());
        mvc.perform(get("/supervision/" + sam.id()).with(user(StaffPrincipal.of(alex))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorOfAnotherTeamIsRefusedAndTheRefusalAudited() throws Exception {
        mvc.perform(get("/supervision/" + alex.id()).with(user(StaffPrincipal.of(otherSupervisor))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select action from audit_event where actor_id = ? order by id desc limit 1")
                        .param(otherSupervisor.id())
                        .query(String.class)
                        .single())
                .isEqualTo("DENIED");
    }

    @Test
    void theTeamPageFollowsContactsAndScoresRecordedAfterItWasFirstShown() throws Exception {
        var make = fixtures();
        long team = make.team("Supervision kept");
        var dee = make.staff(Role.PRACTITIONER, team);
        var lead = make.staff(Role.SUPERVISOR, team);
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        Instant now = Instant.now();
        long patient = make.patient(team, "Dee", CaseloadFixtures.unique("Kept"));
        long referral = make.referral(
                patient, team, dee.id(), ReferralStage.IN_TREATMENT, today.minusDays(20), today.minusDays(10));
        make.appointment(
                referral,
                dee.id(),
                now.minus(3, ChronoUnit.DAYS),
                ConsultationMechanism.TELEPHONE,
                Attendance.ATTENDED);
        assertThat(flaggedCount(page(lead, "/supervision"), dee)).isEqualTo("0");

        // as the recording pages would: the change, then its event, in one transaction
        transaction.executeWithoutResult(status -> {
            for (int hours : new int[] {30, 2}) {
                long missed = make.appointment(
                        referral,
                        dee.id(),
                        now.minus(hours, ChronoUnit.HOURS),
                        ConsultationMechanism.TELEPHONE,
                        Attendance.DID_NOT_ATTEND);
                events.publishEvent(new ContactRecorded(
                        missed,
                        referral,
                        patient,
                        AppointmentType.of("02"),
                        ConsultationMechanism.TELEPHONE,
                        Attendance.DID_NOT_ATTEND,
                        today));
            }
        });
        String afterContacts = page(lead, "/supervision");
        assertThat(flaggedCount(afterContacts, dee)).isEqualTo("1");
        assertThat(kindCounts(afterContacts, dee)).startsWith("0 0 1 ");

        transaction.executeWithoutResult(status -> {
            for (int score : new int[] {8, 20}) {
                long administration = jdbc.sql("""
                        insert into measure_administration (patient_id, referral_id, instrument, completed_at, route,
                            total_score) values (?, ?, 'PHQ9', now() - make_interval(mins => ?), 'IN_SESSION', ?)
                        returning id""")
                        .params(patient, referral, 30 - score, score)
                        .query(Long.class)
                        .single();
                events.publishEvent(new MeasureRecorded(administration, patient, referral, "PHQ9"));
            }
        });
        assertThat(kindCounts(page(lead, "/supervision"), dee))
                .as("deterioration, missed in a row")
                .startsWith("0 1 1 ");
    }

    @Test
    void anImportMakesEveryKeptRowBeWorkedOutAgainOnceItHasCommitted() throws Exception {
        String before = page(supervisor, "/supervision");
        Long[] alexs = jdbc.sql("select id from referral where practitioner_id = ?")
                .param(alex.id())
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
        String kept = "select count(*) from supervision_flag_input where referral_id = any(?)";
        assertThat(jdbc.sql(kept).param(alexs).query(Long.class).single()).isEqualTo(3);

        transaction.executeWithoutResult(status -> events.publishEvent(new DatasetImported("test-import", 0)));

        assertThat(jdbc.sql(kept).param(alexs).query(Long.class).single()).isZero();
        assertThat(flaggedCount(page(supervisor, "/supervision"), alex))
                .isEqualTo(flaggedCount(before, alex))
                .isEqualTo("2");
        assertThat(jdbc.sql(kept).param(alexs).query(Long.class).single()).isEqualTo(3);
    }

    /** The flagged patients shown for one clinician on the team page. */
    static String flaggedCount(String html, CurrentStaff who) {
        var matcher = java.util.regex.Pattern.compile("(?s)" + java.util.regex.Pattern.quote(who.displayName())
                        + "</a>.*?data-testid=\"flagged-count\"><strong>(\\d+)</strong>")
                .matcher(html);
        assertThat(matcher.find()).as("a row for %s", who.displayName()).isTrue();
        return matcher.group(1);
    }

    /** One clinician's counts by kind of flag, most urgent kind first, separated by spaces. */
    static String kindCounts(String html, CurrentStaff who) {
        int row = html.indexOf(who.displayName() + "</a>");
        String cells = html.substring(html.indexOf("flagged-count", row), html.indexOf("</tr>", row));
        return java.util.regex.Pattern.compile("numeric\">(\\d+)</td>")
                .matcher(cells)
                .results()
                .map(m -> m.group(1))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    String lastAudit(CurrentStaff who) {
        return jdbc.sql("select detail from audit_event where actor_id = ? order by id desc limit 1")
                .param(who.id())
                .query(String.class)
                .single();
    }
}

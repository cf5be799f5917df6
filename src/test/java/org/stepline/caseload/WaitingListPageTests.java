package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepline.identity.Role;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ReferralStage;

class WaitingListPageTests extends PageTestSupport {

    @Test
    void theTeamsWaitingReferralsInTwoSectionsWithTheirWaitInWords() throws Exception {
        var make = fixtures();
        long team = make.team("Waiting");
        long otherTeam = make.team("Waiting other");
        var practitioner = make.staff(Role.PRACTITIONER, team);
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        String recent = CaseloadFixtures.unique("Recent");
        String sixWeeks = CaseloadFixtures.unique("Sixweeks");
        String longWait = CaseloadFixtures.unique("Longwait");
        String treated = CaseloadFixtures.unique("Treated");
        String elsewhere = CaseloadFixtures.unique("Elsewhere");
        make.referral(
                make.patient(team, "Ann", recent),
                team,
                null,
                ReferralStage.AWAITING_ASSESSMENT,
                today.minusDays(42),
                today.minusDays(42));
        make.referral(
                make.patient(team, "Bob", sixWeeks),
                team,
                practitioner.id(),
                ReferralStage.AWAITING_ASSESSMENT,
                today.minusDays(43),
                today.minusDays(43));
        make.referral(
                make.patient(team, "Cy", longWait),
                team,
                practitioner.id(),
                ReferralStage.AWAITING_TREATMENT,
                today.minusDays(127),
                today.minusDays(20));
        make.referral(
                make.patient(team, "Di", treated),
                team,
                practitioner.id(),
                ReferralStage.IN_TREATMENT,
                today.minusDays(60),
                today.minusDays(10));
        make.referral(
                make.patient(otherTeam, "Ed", elsewhere),
                otherTeam,
                null,
                ReferralStage.AWAITING_ASSESSMENT,
                today.minusDays(3),
                today.minusDays(3));

        String html = page(practitioner, "/waiting-list");

        assertThat(html)
                .contains("Awaiting assessment (2)", "Awaiting treatment (1)")
                .doesNotContain(treated.toUpperCase(), elsewhere.toUpperCase());
        assertThat(html)
                .containsPattern("(?s)" + recent.toUpperCase() + ".*>42</td>.*stepline-rag--green\">Under 6 weeks"
                        + ".*Generalised anxiety disorder.*Not assigned");
        assertThat(html)
                .containsPattern("(?s)" + sixWeeks.toUpperCase() + ".*>43</td>.*stepline-rag--amber\">6 to 18 weeks"
                        + ".*" + practitioner.displayName());
        assertThat(html)
                .containsPattern("(?s)Awaiting treatment \\(1\\).*" + longWait.toUpperCase()
                        + ".*>127</td>.*stepline-rag--red\">Over 18 weeks");
        assertThat(html.indexOf(recent.toUpperCase())).isGreaterThan(html.indexOf(sixWeeks.toUpperCase()));
        assertThat(jdbc.sql("select detail from audit_event where actor_id = ?")
                        .param(practitioner.id())
                        .query(String.class)
                        .list())
                .containsExactly("Viewed the waiting list of " + teamName(team) + " (3 referrals)");
    }
}

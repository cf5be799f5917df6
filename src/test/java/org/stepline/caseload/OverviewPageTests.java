package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepline.caseload.internal.Overview.Figures;
import org.stepline.caseload.internal.Overview.ModeFigures;
import org.stepline.caseload.internal.Overview.StageFigures;
import org.stepline.caseload.internal.Overviews;
import org.stepline.identity.Role;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

class OverviewPageTests extends PageTestSupport {

    @Autowired
    Overviews overviews;

    @Test
    void countsByStageAndModeForEachTeamWithoutAnyPatientNames() throws Exception {
        var make = fixtures();
        long team = make.team("Overview");
        String teamName = teamName(team);
        var practitioner = make.staff(Role.PRACTITIONER, team);
        var manager = make.staff(Role.MANAGER, null);
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        Instant now = Instant.now();
        String given = CaseloadFixtures.unique("Given");
        String family = CaseloadFixtures.unique("Family");
        long waitingLong = make.referral(
                make.patient(team, given, family),
                team,
                practitioner.id(),
                ReferralStage.AWAITING_TREATMENT,
                today.minusDays(130),
                today.minusDays(30));
        make.referral(
                make.patient(team, given, family + "b"),
                team,
                practitioner.id(),
                ReferralStage.AWAITING_TREATMENT,
                today.minusDays(50),
                today.minusDays(30));
        long treated = make.referral(
                make.patient(team, given, family + "c"),
                team,
                practitioner.id(),
                ReferralStage.IN_TREATMENT,
                today.minusDays(20),
                today.minusDays(10));
        make.appointment(
                treated,
                practitioner.id(),
                now.minus(3, ChronoUnit.DAYS),
                ConsultationMechanism.TELEPHONE,
                Attendance.ATTENDED);
        make.appointment(
                treated,
                practitioner.id(),
                now.minus(9, ChronoUnit.DAYS),
                ConsultationMechanism.TELEPHONE,
                Attendance.DID_NOT_ATTEND);
        make.appointment(
                treated,
                practitioner.id(),
                now.minus(6, ChronoUnit.DAYS),
                ConsultationMechanism.FACE_TO_FACE,
                Attendance.ATTENDED);
        make.appointment(
                waitingLong,
                practitioner.id(),
                now.minus(400, ChronoUnit.DAYS),
                ConsultationMechanism.VIDEO,
                Attendance.ATTENDED);
        make.appointment(
                treated,
                practitioner.id(),
                now.plus(3, ChronoUnit.DAYS),
                ConsultationMechanism.VIDEO,
                Attendance.NOT_YET);

        String html = page(manager, "/overview");

        assertThat(html)
                .contains(
                        "Whole service", teamName, "<svg", "Telephone", "Face to face", "Video", "Did-not-attend rate")
                .doesNotContain(given, family, "/patients/");

        var figures = overviewOf(teamName);
        assertThat(figures.stages())
                .containsExactly(
                        new StageFigures(ReferralStage.AWAITING_ASSESSMENT, 0, 0, 0),
                        new StageFigures(ReferralStage.AWAITING_TREATMENT, 2, 2, 1),
                        new StageFigures(ReferralStage.IN_TREATMENT, 1, 0, 0));
        assertThat(figures.modes())
                .contains(
                        new ModeFigures(ConsultationMechanism.TELEPHONE, 2, 1, 1),
                        new ModeFigures(ConsultationMechanism.FACE_TO_FACE, 1, 1, 0),
                        new ModeFigures(ConsultationMechanism.VIDEO, 0, 0, 0));
        assertThat(figures.modes().getFirst().mode()).isEqualTo(ConsultationMechanism.FACE_TO_FACE);
    }

    @Test
    void supervisorsMaySeeTheOverviewToo() throws Exception {
        var make = fixtures();
        var supervisor = make.staff(Role.SUPERVISOR, make.team("Overview sup"));
        assertThat(page(supervisor, "/overview")).contains("Service overview");
    }

    private Figures overviewOf(String teamName) {
        return overviews.build().blocks().stream()
                .filter(block -> block.name().equals(teamName))
                .findFirst()
                .orElseThrow();
    }
}

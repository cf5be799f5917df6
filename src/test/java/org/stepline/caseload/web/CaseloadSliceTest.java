package org.stepline.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.caseload.internal.Caseload;
import org.stepline.caseload.internal.CaseloadRow;
import org.stepline.caseload.internal.Caseloads;
import org.stepline.caseload.internal.Overview;
import org.stepline.caseload.internal.Overview.Figures;
import org.stepline.caseload.internal.Overview.ModeFigures;
import org.stepline.caseload.internal.Overview.StageFigures;
import org.stepline.caseload.internal.Overviews;
import org.stepline.caseload.internal.WaitRag;
import org.stepline.caseload.internal.WaitingList;
import org.stepline.caseload.internal.WaitingLists;
import org.stepline.caseload.internal.WaitingRow;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.measures.ScoreSummary;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.surveys.StaffSurveys;
import org.stepline.web.WebSliceTest;

@WebMvcTest(CaseloadController.class)
class CaseloadSliceTest extends WebSliceTest {

    static final StaffMember KIM = new StaffMember(31, "pwp-kim", "Kim Cole", Role.PRACTITIONER, MY_TEAM);
    static final CaseloadRow ADA_AT_RISK = new CaseloadRow(
            5,
            ADA_ID,
            "LOVELACE, Ada",
            "943 476 5919",
            2,
            ReferralStage.IN_TREATMENT,
            39,
            Instant.parse("2025-03-07T10:00:00Z"),
            null,
            List.of(ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO),
            true,
            List.of(new ScoreSummary("PHQ9", "PHQ-9", 18, 12, NOW, 3, 6, 10)));

    @MockitoBean
    Caseloads caseloads;

    @MockitoBean
    WaitingLists waitingLists;

    @MockitoBean
    Overviews overviews;

    @MockitoBean
    StaffSurveys surveys;

    @Test
    void myCaseloadPutsThePatientAtRiskWithNothingBookedFirstInView() throws Exception {
        var me = new StaffMember(7, "practitioner-1", "Sam Signed-In", Role.PRACTITIONER, MY_TEAM);
        when(caseloads.of(null)).thenReturn(new Caseload(me, List.of(ADA_AT_RISK), List.of(), true, List.of()));

        String html = html(mvc.perform(get("/caseload").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("caseload/caseload")));

        assertThat(html)
                .contains(
                        "<title>My caseload – Stepline</title>",
                        "1 open referral for 1 patient.",
                        "<a href=\"/patients/1042\">LOVELACE, Ada</a>",
                        "Risk alert",
                        "PHQ-9 12 (−6)",
                        "None booked",
                        "7 Mar 2025, 10:00",
                        "Step 2",
                        "In treatment")
                .doesNotContain("Show the caseload of");
    }

    @Test
    void aSupervisorChoosesWhoseCaseloadToSee() throws Exception {
        when(caseloads.of(31L))
                .thenReturn(new Caseload(
                        KIM,
                        List.of(),
                        List.of(KIM, new StaffMember(7, "supervisor-1", "Sam Signed-In", Role.SUPERVISOR, MY_TEAM)),
                        false,
                        List.of()));

        String html =
                html(mvc.perform(get("/caseload").param("practitioner", "31").with(signedIn(Role.SUPERVISOR)))
                        .andExpect(status().isOk()));

        assertThat(html)
                .contains(
                        "Caseload of Kim Cole",
                        "Show the caseload of",
                        "<option value=\"31\" selected>Kim Cole</option>",
                        "Kim Cole has no open referrals at the moment.");
    }

    @Test
    void anotherTeamsCaseloadIsRefusedAndAnUnknownPractitionerIsNotFound() throws Exception {
        when(caseloads.of(55L)).thenThrow(new AccessDeniedException("Only a supervisor of the same team"));
        when(caseloads.of(99L)).thenThrow(new NotFoundException("Practitioner 99"));

        mvc.perform(get("/caseload").param("practitioner", "55").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        mvc.perform(get("/caseload").param("practitioner", "99").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/caseload").param("practitioner", "Kim").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest()); // a word where the id belongs
    }

    @Test
    void theWaitingListShowsEachWaitInWordsAsWellAsColour() throws Exception {
        var waiting = new WaitingRow(
                6,
                ADA_ID,
                "LOVELACE, Ada",
                "943 476 5919",
                LocalDate.of(2024, 10, 1),
                164,
                WaitRag.RED,
                3,
                "Depressive episode",
                "Not assigned");
        when(waitingLists.forMyTeam())
                .thenReturn(new WaitingList(
                        "Leeds North",
                        List.of(
                                new WaitingList.Section(ReferralStage.AWAITING_ASSESSMENT, List.of()),
                                new WaitingList.Section(ReferralStage.AWAITING_TREATMENT, List.of(waiting)))));

        String html = html(mvc.perform(get("/waiting-list").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("caseload/waitingList")));

        assertThat(html)
                .contains(
                        "Leeds North",
                        "Awaiting assessment (0)",
                        "Nobody in your team is awaiting assessment.",
                        "Awaiting treatment (1)",
                        "1 Oct 2024",
                        ">164<",
                        "Over 18 weeks",
                        "Depressive episode",
                        "Not assigned");
    }

    @Test
    void theOverviewShowsCountsForTheServiceAndEachTeamEveryModeAlike() throws Exception {
        var service = new Figures(
                "Whole service",
                List.of(new StageFigures(ReferralStage.AWAITING_ASSESSMENT, 14, 3, 1)),
                List.of(
                        new ModeFigures(ConsultationMechanism.TELEPHONE, 120, 100, 20),
                        new ModeFigures(ConsultationMechanism.FACE_TO_FACE, 60, 54, 6)));
        when(overviews.build()).thenReturn(new Overview(LocalDate.of(2024, 3, 14), List.of(service)));

        String html = html(mvc.perform(get("/overview").with(signedIn(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(view().name("caseload/overview")));

        assertThat(html)
                .contains(
                        "Counts only: no patient can be identified",
                        "since 14 Mar 2024",
                        "Whole service",
                        "Open referrals by stage (14)",
                        "Contacts in the last 12 months by mode (180)",
                        "Telephone",
                        "Face to face",
                        "width=\"340\"",
                        "width=\"170\"");
    }

    @Test
    void eachListIsForTheRolesThatSteerByIt() throws Exception {
        assertRefusedTo(get("/caseload"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(get("/waiting-list"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(get("/overview"), Role.PRACTITIONER, Role.ADMIN);
        assertSignInAsked(get("/overview"));
        verifyNoInteractions(caseloads, waitingLists, overviews);
    }
}

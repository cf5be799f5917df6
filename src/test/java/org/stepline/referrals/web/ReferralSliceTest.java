package org.stepline.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;
import static org.stepline.web.SliceFixtures.ADA_ID;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.internal.NewReferral;
import org.stepline.referrals.internal.Referral;
import org.stepline.referrals.internal.ReferralCare;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.web.WebSliceTest;

@WebMvcTest(ReferralController.class)
class ReferralSliceTest extends WebSliceTest {

    static final Map<String, String> A_GP_REFERRAL = Map.of(
            "source", "A1", "receivedDate", "10/3/2025", "presentingProblem", "F32", "step", "2", "practitioner", "31");

    @MockitoBean
    PatientDirectory patients;

    @MockitoBean
    ReferralCare care;

    @MockitoBean
    AuditTrail audit;

    @BeforeEach
    void adaInMyTeamWithOnePractitioner() {
        when(patients.requireAccess(ADA_ID)).thenReturn(ADA);
        when(staff.cliniciansOf(MY_TEAM))
                .thenReturn(List.of(new StaffMember(31, "pwp-kim", "Kim Cole", Role.PRACTITIONER, MY_TEAM)));
    }

    @Test
    void offersTheFormReceivedTodayWithTheTeamsPractitionersAndAuditsTheOpening() throws Exception {
        String html = html(mvc.perform(get("/patients/1042/referrals/new").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("referrals/new"))
                .andExpect(model().attribute("patient", ADA)));

        assertThat(html)
                .contains(
                        "Ada Lovelace, NHS number 943 476 5919",
                        "<h1>Add a referral</h1>",
                        "action=\"/patients/1042/referrals/new\"",
                        "value=\"14/3/2025\"",
                        "<option value=\"31\">Kim Cole</option>",
                        "Step 2: low-intensity support");
        verify(audit).viewed(ADA_ID, "Opened the add-referral form");
    }

    @Test
    void addsTheReferralAndGoesBackToTheRecordSayingItsPathway() throws Exception {
        var wanted = new NewReferral("A1", LocalDate.of(2025, 3, 10), "F32", 2, 31L);
        when(care.open(ADA_ID, MY_TEAM, wanted))
                .thenReturn(new Referral(
                        5,
                        "P-1042-2",
                        ADA_ID,
                        LocalDate.of(2025, 3, 10),
                        ReferralStage.AWAITING_ASSESSMENT,
                        LocalDate.of(2025, 3, 10),
                        null,
                        null));

        mvc.perform(post("/patients/1042/referrals/new")
                        .params(typed(A_GP_REFERRAL))
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute("flash", "Added referral P-1042-2"));
    }

    @Test
    void showsEachProblemByItsFieldKeepingTheRestAndAddsNothing() throws Exception {
        String html = html(mvc.perform(post("/patients/1042/referrals/new")
                        .params(typed(A_GP_REFERRAL, "receivedDate", "15/3/2025", "step", "", "practitioner", "99"))
                        .with(signedIn(Role.SUPERVISOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("referrals/new")));

        assertThat(html)
                .contains(
                        "<title>Error: Add a referral – Stepline</title>",
                        "value=\"15/3/2025\"",
                        "<option value=\"A1\" selected>GP</option>");
        assertFieldError(html, "receivedDate", "The date the referral was received cannot be in the future");
        assertFieldError(html, "step", "Choose step 2 or step 3");
        assertFieldError(
                html, "practitioner", "Choose a practitioner of the patient's team, or leave the referral unassigned");
        verifyNoInteractions(care);
    }

    @Test
    void anUnknownPatientIsNotFoundAndAnotherTeamsIsRefused() throws Exception {
        when(patients.requireAccess(99)).thenThrow(new NotFoundException("Patient 99"));
        when(patients.requireAccess(77)).thenThrow(new AccessDeniedException("Not in the patient's team"));

        mvc.perform(get("/patients/99/referrals/new").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/patients/77/referrals/new")
                        .params(typed(A_GP_REFERRAL))
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        verifyNoInteractions(care);
    }

    @Test
    void onlyCliniciansAddReferrals() throws Exception {
        assertRefusedTo(get("/patients/1042/referrals/new"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(
                post("/patients/1042/referrals/new")
                        .params(typed(A_GP_REFERRAL))
                        .with(csrf()),
                Role.MANAGER);
        verifyNoInteractions(patients, care);
    }
}

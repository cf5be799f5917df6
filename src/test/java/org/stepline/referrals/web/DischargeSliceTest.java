package org.stepline.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;
import static org.stepline.web.SliceFixtures.ADA_ID;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.Role;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.referrals.internal.DischargeRefused;
import org.stepline.referrals.internal.Referral;
import org.stepline.referrals.internal.ReferralCare;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.web.FormResult;
import org.stepline.web.WebSliceTest;

@WebMvcTest(DischargeController.class)
class DischargeSliceTest extends WebSliceTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 1, 6);
    static final ReferralSummary IN_TREATMENT = new ReferralSummary(
            5,
            "P-1042-1",
            ADA_ID,
            MY_TEAM,
            31L,
            "A1",
            RECEIVED,
            "F32",
            2,
            ReferralStage.IN_TREATMENT,
            LocalDate.of(2025, 2, 3),
            null,
            null);

    @MockitoBean
    ReferralDirectory referrals;

    @MockitoBean
    PatientDirectory patients;

    @MockitoBean
    ReferralCare care;

    @MockitoBean
    AuditTrail audit;

    @BeforeEach
    void adasReferralInTreatment() {
        when(referrals.find(5)).thenReturn(Optional.of(IN_TREATMENT));
        when(patients.requireAccess(ADA_ID)).thenReturn(ADA);
    }

    @Test
    void offersToDischargeTodayAndAuditsTheOpening() throws Exception {
        String html = html(mvc.perform(get("/referrals/5/discharge").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("referrals/discharge")));

        assertThat(html)
                .contains(
                        "<h1 id=\"referral\">Discharge referral P-1042-1</h1>",
                        "Ada Lovelace",
                        "Received 6 Jan 2025. In treatment since 3 Feb 2025.",
                        "action=\"/referrals/5/discharge\"",
                        "value=\"14/3/2025\"")
                .doesNotContain("Already discharged");
        verify(audit).viewed(ADA_ID, "Opened the discharge form for referral P-1042-1");
    }

    @Test
    void dischargesAndGoesBackToTheRecord() throws Exception {
        when(care.dischargeFromForm(5, "12", LocalDate.of(2025, 3, 13), TODAY))
                .thenReturn(FormResult.saved("Discharged referral P-1042-1", "/patients/1042"));
        mvc.perform(post("/referrals/5/discharge")
                        .param("endCode", "12")
                        .param("dischargeDate", "13/3/2025")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute("flash", "Discharged referral P-1042-1"));

        verify(care).dischargeFromForm(5, "12", LocalDate.of(2025, 3, 13), TODAY);
    }

    @Test
    void anIncompleteFormIsShownAgainWithItsProblemsByTheFields() throws Exception {
        String html = html(mvc.perform(post("/referrals/5/discharge")
                        .param("endCode", "")
                        .param("dischargeDate", "31/2/2025")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("referrals/discharge")));

        assertFieldError(html, "endCode", "Choose why the referral is ending");
        assertFieldError(html, "dischargeDate", "Discharge date must be a real date, like 15/3/2025");
        assertThat(html).contains("value=\"31/2/2025\"");
        verifyNoInteractions(care);
    }

    @Test
    void aDischargeTheReferralRefusesIsExplainedByTheField() throws Exception {
        var referral = new Referral(5, "P-1042-1", ADA_ID, RECEIVED, ReferralStage.IN_TREATMENT, RECEIVED, null, null);
        var refused = catchThrowableOfType(
                DischargeRefused.class, () -> referral.discharge("12", LocalDate.of(2025, 1, 1), TODAY));
        when(care.dischargeFromForm(5, "12", LocalDate.of(2025, 1, 1), TODAY))
                .thenReturn(FormResult.refused(refused.problems()));

        String html = html(mvc.perform(post("/referrals/5/discharge")
                        .param("endCode", "12")
                        .param("dischargeDate", "1/1/2025")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertFieldError(
                html, "dischargeDate", "The discharge date cannot be before the referral was received (6 Jan 2025)");
        assertThat(html).contains("<option value=\"12\" selected>");
    }

    @Test
    void anUnknownReferralIsNotFoundAndAnotherTeamsIsRefused() throws Exception {
        when(referrals.find(99)).thenReturn(Optional.empty());
        mvc.perform(get("/referrals/99/discharge").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isNotFound());

        when(patients.requireAccess(ADA_ID)).thenThrow(new AccessDeniedException("Not in the patient's team"));
        mvc.perform(post("/referrals/5/discharge")
                        .param("endCode", "12")
                        .param("dischargeDate", "13/3/2025")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        verify(care, never()).dischargeFromForm(anyLong(), any(), any(), any());
    }

    @Test
    void onlyCliniciansDischarge() throws Exception {
        assertRefusedTo(get("/referrals/5/discharge"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(post("/referrals/5/discharge").param("endCode", "12").with(csrf()), Role.ADMIN);
        verifyNoInteractions(care);
    }
}

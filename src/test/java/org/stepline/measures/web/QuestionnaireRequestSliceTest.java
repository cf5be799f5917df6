package org.stepline.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;
import static org.stepline.web.SliceFixtures.ADA_ID;
import static org.stepline.web.SliceFixtures.SHORT_PHQ9;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.identity.Role;
import org.stepline.measures.internal.MeasuresProperties;
import org.stepline.measures.internal.QuestionnaireLinks;
import org.stepline.measures.internal.QuestionnaireLinks.Issued;
import org.stepline.measures.internal.QuestionnaireRequest;
import org.stepline.patients.PatientDirectory;
import org.stepline.web.WebSliceTest;

/** Staff creating a scheduled link now, or cancelling one. */
@WebMvcTest(QuestionnaireRequestController.class)
class QuestionnaireRequestSliceTest extends WebSliceTest {

    static final QuestionnaireRequest SCHEDULED = new QuestionnaireRequest(
            3,
            ADA_ID,
            5,
            13L,
            MY_TEAM,
            List.of("PHQ9"),
            "SCHEDULED",
            Instant.parse("2025-03-17T14:00:00Z"),
            null,
            null,
            null,
            0,
            null,
            NOW);

    @MockitoBean
    QuestionnaireLinks links;

    @MockitoBean
    PatientDirectory patients;

    @TestBean
    MeasuresProperties properties;

    /** No public address configured: the link is made from the address staff are using. */
    static MeasuresProperties properties() {
        return new MeasuresProperties(null, Duration.ofHours(72), 5, null);
    }

    @BeforeEach
    void adasScheduledRequest() {
        when(links.find(3)).thenReturn(Optional.of(SCHEDULED));
        when(patients.requireAccess(ADA_ID)).thenReturn(ADA);
        when(links.instrumentsOf(SCHEDULED)).thenReturn(List.of(SHORT_PHQ9));
    }

    @Test
    void createsTheLinkNowAndShowsItOnce() throws Exception {
        when(links.issue(3, "COPIED"))
                .thenReturn(Optional.of(new Issued(3, "tok-xyz789", Instant.parse("2025-03-17T10:00:00Z"))));

        String html = html(mvc.perform(post("/questionnaire-requests/3/issue")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("measures/link-issued")));

        assertThat(html)
                .contains(
                        "Link created for Ada Lovelace",
                        "Link for PHQ-9",
                        "value=\"http://localhost/q/tok-xyz789\"",
                        "href=\"/patients/1042\"");
    }

    @Test
    void aLinkAlreadyCreatedIsNotCreatedTwice() throws Exception {
        when(links.issue(3, "COPIED")).thenReturn(Optional.empty());

        mvc.perform(post("/questionnaire-requests/3/issue")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute("flash", "This link has already been created or was cancelled."));
    }

    @Test
    void cancellingSaysWhetherTheLinkCouldStillBeCancelled() throws Exception {
        when(links.revoke(3, 7)).thenReturn(true, false);

        mvc.perform(post("/questionnaire-requests/3/revoke")
                        .with(signedIn(Role.SUPERVISOR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute(
                                "flash", "The questionnaire link has been cancelled. It can no longer be used."));
        mvc.perform(post("/questionnaire-requests/3/revoke")
                        .with(signedIn(Role.SUPERVISOR))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "flash",
                                "This link could not be cancelled: it has already been used, locked or cancelled."));
    }

    @Test
    void anUnknownRequestIsNotFoundAndAnotherTeamsIsLeftAlone() throws Exception {
        when(links.find(99)).thenReturn(Optional.empty());
        mvc.perform(post("/questionnaire-requests/99/revoke")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        when(patients.requireAccess(ADA_ID)).thenThrow(new AccessDeniedException("Not in the patient's team"));
        mvc.perform(post("/questionnaire-requests/3/revoke")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        mvc.perform(post("/questionnaire-requests/3/issue")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verify(links, never()).revoke(anyLong(), anyLong());
        verify(links, never()).issue(anyLong(), anyString());
    }

    @Test
    void onlyCliniciansAndOnlyWithTheFormsToken() throws Exception {
        assertRefusedTo(post("/questionnaire-requests/3/revoke").with(csrf()), Role.MANAGER, Role.ADMIN);
        mvc.perform(post("/questionnaire-requests/3/revoke").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isBadRequest()); // without the form's CSRF token
        verifyNoInteractions(links);
    }
}

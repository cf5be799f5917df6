package org.stepline.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;
import static org.stepline.web.SliceFixtures.ADA_ID;
import static org.stepline.web.SliceFixtures.SHORT_PHQ9;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.identity.Role;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.Score;
import org.stepline.measures.internal.InSessionMeasures;
import org.stepline.measures.internal.MeasureRecorder.Recorded;
import org.stepline.measures.internal.MeasureTarget;
import org.stepline.measures.internal.MeasuresProperties;
import org.stepline.measures.internal.QuestionnaireLinks;
import org.stepline.measures.internal.QuestionnaireLinks.Issued;
import org.stepline.scheduling.ContactEntry;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.web.WebSliceTest;

/** Measures for an appointment: typed in during the call, or asked of the patient on a link. */
@WebMvcTest(MeasureEntryController.class)
class MeasureEntrySliceTest extends WebSliceTest {

    static final MeasureTarget ADAS_CALL = new MeasureTarget(ADA_ID, 5, MY_TEAM, 12L);

    @MockitoBean
    AppointmentTargets targets;

    @MockitoBean
    InstrumentCatalogue catalogue;

    @MockitoBean
    InSessionMeasures inSession;

    @MockitoBean
    QuestionnaireLinks links;

    @MockitoBean
    org.stepline.audit.AuditTrail audit;

    @TestBean
    MeasuresProperties properties;

    static MeasuresProperties properties() {
        return new MeasuresProperties(null, Duration.ofHours(72), 5, "https://talking.example.nhs.uk/");
    }

    @BeforeEach
    void adasTelephoneAppointment() {
        var call = new ContactEntry(
                12,
                5,
                7,
                NOW,
                AppointmentType.TREATMENT,
                ConsultationMechanism.TELEPHONE,
                Attendance.NOT_YET,
                null,
                0,
                null,
                null,
                null);
        when(targets.resolve(12)).thenReturn(new AppointmentTargets.Resolved(call, ADA, ADAS_CALL));
        when(catalogue.all()).thenReturn(List.of(SHORT_PHQ9));
        when(catalogue.require("PHQ9")).thenReturn(SHORT_PHQ9);
    }

    @Test
    void offersToEnterAnswersNowOrToSendALink() throws Exception {
        String html = html(mvc.perform(get("/appointments/12/measures").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("measures/choose"))
                .andExpect(model().attribute("validityHours", 72L)));

        assertThat(html)
                .contains(
                        "Ada Lovelace, NHS number 943 476 5919",
                        "href=\"/appointments/12/measures/PHQ9\">Enter PHQ-9",
                        "action=\"/appointments/12/questionnaire-requests\"",
                        "value=\"PHQ9\" checked",
                        "for 72 hours");
    }

    @Test
    void theEntryFormHasABoxPerQuestionNamedByInstrumentAndItem() throws Exception {
        String html = html(mvc.perform(get("/appointments/12/measures/PHQ9").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("measures/entry")));

        assertThat(html)
                .contains(
                        "<title>PHQ-9 for Ada Lovelace – Stepline</title>",
                        "action=\"/appointments/12/measures/PHQ9\"",
                        "name=\"PHQ9.1\"",
                        "name=\"PHQ9.9\"",
                        "9. Thoughts that you would be better off dead",
                        "data-caseness=\"3\"",
                        "Developed by Drs Spitzer")
                .doesNotContain("There is a problem");
    }

    @Test
    void savedAnswersGoBackToTheRecordSayingTheScoreAndAnyRisk() throws Exception {
        when(inSession.enter(ADAS_CALL, SHORT_PHQ9, Map.of(1, "2", 9, "1"), 7))
                .thenReturn(new InSessionMeasures.Entry(
                        Map.of(), new Recorded(100, new Score(3, "Raised", true), SHORT_PHQ9.risk())));

        mvc.perform(post("/appointments/12/measures/PHQ9")
                        .param("PHQ9.1", "2")
                        .param("PHQ9.9", "1")
                        .param("GAD7.1", "3")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute(
                                "flash",
                                "PHQ-9 recorded: total 3 (Raised), at or above caseness. "
                                        + "A risk alert has been raised: see it on the record."));
    }

    @Test
    void answersWithAProblemAreRefusedAsABadRequestShowingItByTheQuestion() throws Exception {
        when(inSession.enter(ADAS_CALL, SHORT_PHQ9, Map.of(1, "7"), 7))
                .thenReturn(new InSessionMeasures.Entry(
                        Map.of(1, "Answer question 1 with a number from 0 to 3", 9, "Answer question 9"), null));

        String html = html(mvc.perform(post("/appointments/12/measures/PHQ9")
                        .param("PHQ9.1", "7")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("measures/entry")));

        assertThat(html)
                .contains(
                        "There is a problem – nothing has been saved",
                        "value=\"7\"",
                        "<span class=\"nhsuk-error-message\" id=\"item-1-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> "
                                + "Answer question 1 with a number from 0 to 3</span>",
                        "id=\"item-9-error\"");
    }

    @Test
    void aLinkForThePatientIsShownOnceAtThePublicAddress() throws Exception {
        when(links.requestNow(ADAS_CALL, List.of("PHQ9"), 7))
                .thenReturn(new Issued(40, "tok-abc123", Instant.parse("2025-03-17T10:00:00Z")));

        String html = html(mvc.perform(post("/appointments/12/questionnaire-requests")
                        .param("instrument", "PHQ9")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("measures/link-issued")));

        assertThat(html)
                .contains(
                        "Link created for Ada Lovelace",
                        "Copy the link now",
                        "Link for PHQ-9",
                        "value=\"https://talking.example.nhs.uk/q/tok-abc123\"",
                        "until 17 Mar 2025, 10:00");
    }

    @Test
    void aLinkForNoQuestionnaireIsNotCreated() throws Exception {
        mvc.perform(post("/appointments/12/questionnaire-requests")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/appointments/12/measures"))
                .andExpect(flash().attribute("flash", "Choose at least one questionnaire to send."));
        verifyNoInteractions(links);
    }

    @Test
    void anUnknownAppointmentOrQuestionnaireIsNotFoundAndAnotherTeamsIsRefused() throws Exception {
        when(targets.resolve(99)).thenThrow(new NotFoundException("Appointment 99"));
        when(targets.resolve(77)).thenThrow(new AccessDeniedException("Not in the patient's team"));
        when(catalogue.require("XYZ")).thenThrow(new NotFoundException("Questionnaire XYZ"));

        mvc.perform(get("/appointments/99/measures").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/appointments/12/measures/XYZ").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/appointments/77/measures/PHQ9")
                        .param("PHQ9.1", "0")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        verify(inSession, never()).enter(any(), any(), any(), anyLong());
    }

    @Test
    void onlyCliniciansEnterOrRequestMeasures() throws Exception {
        assertRefusedTo(get("/appointments/12/measures"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(
                post("/appointments/12/questionnaire-requests")
                        .param("instrument", "PHQ9")
                        .with(csrf()),
                Role.ADMIN);
        verifyNoInteractions(inSession, links);
    }
}

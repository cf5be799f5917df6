package org.stepline.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;
import static org.stepline.web.SliceFixtures.ADA_ID;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.Role;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.internal.RiskAcknowledgements;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.FormResult;
import org.stepline.web.WebSliceTest;

@WebMvcTest(RiskAlertController.class)
class RiskAlertSliceTest extends WebSliceTest {

    static final RiskAlert OPEN = new RiskAlert(
            8, ADA_ID, 5, "PHQ-9 item 9 answered above 0", Instant.parse("2025-03-13T16:05:00Z"), null, null, null);

    @MockitoBean
    RiskAlerts alerts;

    @MockitoBean
    RiskAcknowledgements acknowledgements;

    @MockitoBean
    PatientDirectory patients;

    @MockitoBean
    AuditTrail audit;

    @Test
    void listsMyTeamsOpenAlertsByPatientAndAuditsTheView() throws Exception {
        when(alerts.openInTeam(MY_TEAM)).thenReturn(List.of(OPEN));
        when(patients.headlines(List.of(ADA_ID))).thenReturn(Map.of(ADA_ID, ADA));

        String html = html(mvc.perform(get("/risk-alerts").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("measures/risk-alerts"))
                .andExpect(model().attribute("alerts", List.of(OPEN))));

        assertThat(html)
                .contains(
                        "1 not yet acknowledged",
                        "<a href=\"/patients/1042\">Ada Lovelace</a>",
                        "13 Mar 2025, 16:05",
                        "PHQ-9 item 9 answered above 0");
        verify(audit).listed("Viewed the team's open risk alerts (1)", List.of(ADA_ID));
    }

    @Test
    void saysSoWhenEveryAlertHasBeenSeenTo() throws Exception {
        assertThat(html(mvc.perform(get("/risk-alerts").with(signedIn(Role.SUPERVISOR)))
                        .andExpect(status().isOk())))
                .contains("0 not yet acknowledged", "There are no open risk alerts.");
    }

    @ParameterizedTest
    @CsvSource({
        "/risk-alerts, /risk-alerts",
        "'', /patients/1042",
        "//elsewhere.example/x, /patients/1042",
        "https://elsewhere.example, /patients/1042",
        "/\\elsewhere.example, /patients/1042",
        "/patients/7/../../x, /patients/1042"
    })
    void acknowledgingGoesBackOnlyToAPageOfThisService(String returnTo, String back) throws Exception {
        when(acknowledgements.acknowledge(8, "Called Ada; safety plan agreed", 7))
                .thenReturn(FormResult.saved("Risk alert acknowledged.", "/patients/" + ADA_ID));

        mvc.perform(post("/risk-alerts/8/acknowledge")
                        .param("note", "Called Ada; safety plan agreed")
                        .param("returnTo", returnTo)
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl(back))
                .andExpect(flash().attribute("flash", "Risk alert acknowledged."));
    }

    @Test
    void anAcknowledgementWithoutANoteIsSentBackWithWhyItIsNeeded() throws Exception {
        when(acknowledgements.acknowledge(8, "", 7))
                .thenReturn(FormResult.saved(
                        "To acknowledge a risk alert, write a note of what you have done or will do.",
                        "/patients/" + ADA_ID));

        mvc.perform(post("/risk-alerts/8/acknowledge")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute(
                                "flash",
                                "To acknowledge a risk alert, write a note of what you have done or will do."));
    }

    @Test
    void anUnknownAlertIsNotFoundAndOnlyCliniciansSeeAlerts() throws Exception {
        when(acknowledgements.acknowledge(99, "Seen", 7)).thenThrow(new NotFoundException("Risk alert 99"));
        mvc.perform(post("/risk-alerts/99/acknowledge")
                        .param("note", "Seen")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertRefusedTo(get("/risk-alerts"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(post("/risk-alerts/8/acknowledge").param("note", "Seen").with(csrf()), Role.MANAGER);
        verifyNoInteractions(alerts, audit);
    }
}

package org.stepline.record.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;
import static org.stepline.web.SliceFixtures.ADAS_DETAILS;
import static org.stepline.web.SliceFixtures.ADA_ID;

import java.time.Instant;
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
import org.stepline.measures.MeasureRoute;
import org.stepline.measures.MeasuresPanel;
import org.stepline.measures.MeasuresPanel.LinkRequest;
import org.stepline.measures.PatientMeasures;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.ScoreEntry;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.ContactEntry;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.web.WebSliceTest;

@WebMvcTest(PatientRecordController.class)
class PatientRecordSliceTest extends WebSliceTest {

    static final ReferralSummary IN_TREATMENT = new ReferralSummary(
            5,
            "P-1042-1",
            ADA_ID,
            MY_TEAM,
            31L,
            "A1",
            LocalDate.of(2025, 1, 6),
            "F32",
            2,
            ReferralStage.IN_TREATMENT,
            LocalDate.of(2025, 3, 4),
            null,
            null);
    static final ContactEntry CALLED = new ContactEntry(
            12,
            5,
            31,
            Instant.parse("2025-03-04T09:30:00Z"),
            AppointmentType.ASSESSMENT,
            ConsultationMechanism.TELEPHONE,
            Attendance.ATTENDED,
            40,
            2,
            true,
            false,
            null);
    static final ContactEntry BOOKED = new ContactEntry(
            13,
            5,
            31,
            Instant.parse("2025-03-18T14:00:00Z"),
            AppointmentType.TREATMENT,
            ConsultationMechanism.VIDEO,
            Attendance.NOT_YET,
            null,
            0,
            null,
            null,
            null);
    static final MeasuresPanel NOTHING_MEASURED = new MeasuresPanel(ADA_ID, List.of(), List.of(), List.of(), List.of());

    @MockitoBean
    PatientDirectory patients;

    @MockitoBean
    ReferralDirectory referrals;

    @MockitoBean
    ContactHistory contacts;

    @MockitoBean
    PatientMeasures measures;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    org.stepline.supervision.SupervisionNotes supervisionNotes;

    @MockitoBean
    org.stepline.letters.GpLetters letters;

    @MockitoBean
    org.stepline.messaging.PatientMessages messages;

    @MockitoBean
    org.stepline.formulation.FormulationsOnRecord formulations;

    @BeforeEach
    void adaInMyTeam() {
        when(patients.requireAccess(ADA_ID)).thenReturn(ADA);
        when(patients.details(ADA_ID)).thenReturn(ADAS_DETAILS);
        when(measures.panelFor(ADA_ID)).thenReturn(NOTHING_MEASURED);
        when(messages.panelFor(ADA_ID))
                .thenReturn(new org.stepline.messaging.MessagesPanel(ADA_ID, List.of(), java.util.Set.of()));
        when(staff.namesOf(anyCollection())).thenReturn(Map.of(31L, "Kim Cole"));
    }

    @Test
    void showsWhoThePatientIsAndHowToCallThemFirstAndAuditsTheView() throws Exception {
        String html = html(mvc.perform(get("/patients/1042").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("patients/record"))
                .andExpect(model().attribute("measures", NOTHING_MEASURED)));

        assertThat(html)
                .contains(
                        "<title>Ada Lovelace – Stepline</title>",
                        "943 476 5919",
                        "15 Mar 1984 (40 years old)",
                        "Before you call",
                        "07700 900123</strong> (Mobile)",
                        "Do NOT leave a voicemail",
                        "Weekdays after 6pm",
                        "Female (including trans woman)",
                        "White: British",
                        "LS1 4AP",
                        "href=\"/patients/1042/edit\"",
                        "No referrals yet.",
                        "No appointments or contacts yet.",
                        "No questionnaires have been completed yet.",
                        "href=\"/patients/1042/referrals/new\"");
        verify(audit).viewed(ADA_ID, "Viewed the patient record");
    }

    @Test
    void listsReferralsAndEveryContactWithItsPractitionerAndTelephoneChecks() throws Exception {
        when(referrals.forPatient(ADA_ID)).thenReturn(List.of(IN_TREATMENT));
        when(contacts.forPatient(ADA_ID)).thenReturn(List.of(BOOKED, CALLED));

        String html = html(mvc.perform(get("/patients/1042").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().isOk()));

        assertThat(html)
                .contains(
                        "P-1042-1",
                        "6 Jan 2025",
                        "GP",
                        "Depressive episode",
                        "Kim Cole",
                        "In treatment",
                        "<td class=\"nhsuk-table__cell\">10</td>",
                        "href=\"/referrals/5/appointments/new\"",
                        "href=\"/referrals/5/discharge\"",
                        "4 Mar 2025, 09:30",
                        "Attended",
                        "40 min",
                        "✓ Identity confirmed",
                        "✗ Not private and safe",
                        "18 Mar 2025, 14:00",
                        "Booked",
                        "href=\"/appointments/13/record\"",
                        "href=\"/appointments/12/measures\"")
                .doesNotContain("href=\"/appointments/12/record\"");
    }

    @Test
    void anOpenRiskAlertComesFirstWithAFormToAcknowledgeIt() throws Exception {
        var alert = new RiskAlert(
                8,
                ADA_ID,
                5,
                "PHQ-9 item 9 answered 'More than half the days'",
                Instant.parse("2025-03-13T16:05:00Z"),
                null,
                null,
                null);
        var score = new ScoreEntry(
                1,
                5,
                12L,
                "PHQ9",
                "PHQ-9",
                Instant.parse("2025-03-04T09:50:00Z"),
                MeasureRoute.IN_SESSION,
                18,
                "Moderately severe",
                true);
        var link = new LinkRequest(
                3, 13L, List.of("PHQ-9", "GAD-7"), "Scheduled", NOW, Instant.parse("2025-03-17T14:00:00Z"), null, true);
        when(measures.panelFor(ADA_ID))
                .thenReturn(new MeasuresPanel(ADA_ID, List.of(alert), List.of(), List.of(score), List.of(link)));

        String html = html(mvc.perform(get("/patients/1042").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk()));

        assertThat(html.indexOf("Risk alert – not yet acknowledged")).isLessThan(html.indexOf("Before you call"));
        assertThat(html)
                .contains(
                        escaped("PHQ-9 item 9 answered 'More than half the days'"),
                        "13 Mar 2025, 16:05",
                        "action=\"/risk-alerts/8/acknowledge\"",
                        "name=\"returnTo\" value=\"/patients/1042\"",
                        "Moderately severe",
                        "Caseness",
                        "PHQ-9, GAD-7",
                        "to be sent from 17 Mar 2025, 14:00",
                        "action=\"/questionnaire-requests/3/issue\"",
                        "action=\"/questionnaire-requests/3/revoke\"");
    }

    @Test
    void anUnknownPatientIsNotFoundAndAnotherTeamsIsRefusedWithoutAViewBeingAudited() throws Exception {
        when(patients.requireAccess(99)).thenThrow(new NotFoundException("Patient 99"));
        when(patients.requireAccess(77)).thenThrow(new AccessDeniedException("Not in the patient's team"));

        mvc.perform(get("/patients/99").with(signedIn(Role.PRACTITIONER))).andExpect(status().isNotFound());
        mvc.perform(get("/patients/77").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        verify(audit, never()).viewed(anyLong(), anyString());
    }

    @Test
    void onlyCliniciansOpenRecords() throws Exception {
        assertRefusedTo(get("/patients/1042"), Role.MANAGER, Role.ADMIN);
        assertSignInAsked(get("/patients/1042"));
        verifyNoInteractions(patients, audit);
    }
}

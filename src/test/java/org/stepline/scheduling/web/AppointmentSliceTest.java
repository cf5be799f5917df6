package org.stepline.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import static org.stepline.web.SliceFixtures.ADAS_DETAILS;
import static org.stepline.web.SliceFixtures.ADA_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.identity.Role;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.internal.AppointmentBooking;
import org.stepline.scheduling.internal.BookForm;
import org.stepline.scheduling.internal.BookingView;
import org.stepline.scheduling.internal.CallAttemptForm;
import org.stepline.scheduling.internal.ContactRecording;
import org.stepline.scheduling.internal.RecordForm;
import org.stepline.scheduling.internal.RecordView;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.FormPage;
import org.stepline.shared.web.FormResult;
import org.stepline.web.WebSliceTest;

/** Booking and recording pages: the services behind them decide; the slice pins how forms bind and answers show. */
@WebMvcTest(AppointmentController.class)
class AppointmentSliceTest extends WebSliceTest {

    static final ReferralSummary REFERRAL = new ReferralSummary(
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
            LocalDate.of(2025, 2, 3),
            null,
            null);
    static final BookingView BOOKING = new BookingView(
            ADA,
            REFERRAL,
            ADAS_DETAILS.contactPreferences(),
            List.of(new Coded("31", "Kim Cole"), new Coded("32", "Lee Park")),
            31L);
    static final BookForm TYPED_BOOKING = new BookForm("2025-03-20", "14:30", "32", "02", "02", "45", "yes");
    static final RecordView CONTACT = new RecordView(
            12,
            ADA,
            ADAS_DETAILS.contactPreferences(),
            Instant.parse("2025-03-14T09:30:00Z"),
            AppointmentType.TREATMENT,
            ConsultationMechanism.TELEPHONE,
            "Kim Cole",
            45,
            false,
            new org.stepline.scheduling.internal.CallAttemptRule.Policy(2, java.time.Duration.ofMinutes(5)));

    @MockitoBean
    AppointmentBooking booking;

    @MockitoBean
    org.stepline.scheduling.internal.AppointmentMoving moving;

    @MockitoBean
    ContactRecording recording;

    @MockitoBean
    org.stepline.scheduling.CallSettings callSettings;

    @Test
    void theBookingFormShowsHowToReachThePatientAndWhoCanSeeThem() throws Exception {
        when(booking.open(5))
                .thenReturn(
                        new FormPage<>(BOOKING, new BookForm("", "", "31", "02", "02", "", "yes"), FormErrors.NONE));

        String html = html(mvc.perform(get("/referrals/5/appointments/new").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/book"))
                .andExpect(model().attribute("view", BOOKING)));

        assertThat(html)
                .contains(
                        "<h1>Book an appointment</h1>",
                        "Referral P-1042-1: In treatment",
                        "07700 900123",
                        "Weekdays after 6pm",
                        "action=\"/referrals/5/appointments/new\"",
                        "<option value=\"31\" selected>Kim Cole</option>",
                        "<option value=\"02\" selected>Telephone</option>")
                .containsPattern("name=\"questionnaires\" type=\"checkbox\" value=\"yes\"\\s+checked");
    }

    @Test
    void aBookingIsBoundFieldByFieldAndASavedOneGoesBackToTheRecord() throws Exception {
        when(booking.book(5, TYPED_BOOKING))
                .thenReturn(FormResult.saved(
                        "Appointment booked: Treatment, Telephone, on 20 Mar 2025, 14:30 with Lee Park.",
                        "/patients/" + ADA_ID));

        mvc.perform(post("/referrals/5/appointments/new")
                        .params(typed(Map.of(
                                "date",
                                "2025-03-20",
                                "time",
                                "14:30",
                                "practitionerId",
                                "32",
                                "type",
                                "02",
                                "mode",
                                "02",
                                "plannedMinutes",
                                "45",
                                "questionnaires",
                                "yes")))
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute(
                                "flash",
                                "Appointment booked: Treatment, Telephone, on 20 Mar 2025, 14:30 with Lee Park."));
    }

    @Test
    void aRefusedBookingIsShownAgainWithTheProblemByItsField() throws Exception {
        var typed = new BookForm("2025-03-09", "25:00", "32", "02", "02", "", "");
        when(booking.book(eq(5L), any()))
                .thenReturn(FormResult.refused(
                        BOOKING, typed, Map.of("time", "Enter a real time on the 24-hour clock, like 14:30")));

        String html = html(mvc.perform(post("/referrals/5/appointments/new")
                        .param("date", "2025-03-09")
                        .param("time", "25:00")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/book")));

        assertFieldError(html, "time", "Enter a real time on the 24-hour clock, like 14:30");
        assertThat(html).contains("There is a problem", "value=\"2025-03-09\"", "value=\"25:00\"");
    }

    @Test
    void theRecordingFormShowsTheAppointmentAndTheTelephoneChecks() throws Exception {
        when(recording.open(12))
                .thenReturn(new FormPage<>(
                        CONTACT, new RecordForm("", "02", "", "", List.of(), false, false, ""), FormErrors.NONE));

        String html = html(mvc.perform(get("/appointments/12/record").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/record")));

        assertThat(html)
                .contains(
                        "<h1>Record the contact</h1>",
                        "14 Mar 2025, 09:30",
                        "Kim Cole",
                        "45 minutes",
                        "Call attempts on 14 Mar 2025",
                        "name=\"attempts[2].time\"",
                        "Identity confirmed",
                        "has not agreed to voicemail messages",
                        "action=\"/appointments/12/record\"");
    }

    @Test
    void callAttemptsBindRowByRowAndAnUntickedBoxIsNo() throws Exception {
        var expected = new RecordForm(
                "5",
                "02",
                "40",
                "Felt calmer",
                List.of(new CallAttemptForm("09:31", "NO_ANSWER"), new CallAttemptForm("09:40", "ANSWERED")),
                true,
                false,
                "Home");
        when(recording.record(12, expected))
                .thenReturn(FormResult.saved("Contact recorded: attended.", "/patients/" + ADA_ID));

        mvc.perform(post("/appointments/12/record")
                        .param("attendance", "5")
                        .param("mode", "02")
                        .param("duration", "40")
                        .param("notes", "Felt calmer")
                        .param("attempts[0].time", "09:31")
                        .param("attempts[0].outcome", "NO_ANSWER")
                        .param("attempts[1].time", "09:40")
                        .param("attempts[1].outcome", "ANSWERED")
                        .param("identityConfirmed", "true")
                        .param("patientLocation", "Home")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute("flash", "Contact recorded: attended."));
    }

    @Test
    void aProblemWithOneCallAttemptIsShownAgainstThatRow() throws Exception {
        var typed = new RecordForm("3", "02", "", "", List.of(new CallAttemptForm("09:31", "")), false, false, "");
        when(recording.record(eq(12L), any()))
                .thenReturn(FormResult.refused(
                        CONTACT, typed, Map.of("attempts[0].outcome", "Choose what happened on this call")));

        String html = html(mvc.perform(post("/appointments/12/record")
                        .param("attendance", "3")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/record")));

        assertFieldError(html, "attempts[0].outcome", "Choose what happened on this call");
        assertThat(html).contains("value=\"09:31\"");
    }

    @Test
    void anUnknownAppointmentIsNotFoundAndAnotherTeamsIsRefused() throws Exception {
        when(recording.open(99)).thenThrow(new NotFoundException("Appointment 99"));
        when(booking.open(77)).thenThrow(new AccessDeniedException("Not in the patient's team"));

        mvc.perform(get("/appointments/99/record").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/referrals/77/appointments/new").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        mvc.perform(get("/appointments/twelve/record").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isBadRequest()); // a word where the id belongs
        verify(recording, never()).record(anyLong(), any());
    }

    @Test
    void onlyCliniciansBookAndRecord() throws Exception {
        assertRefusedTo(get("/referrals/5/appointments/new"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(post("/appointments/12/record").param("attendance", "5").with(csrf()), Role.MANAGER);
        assertSignInAsked(get("/appointments/12/record"));
        verifyNoInteractions(booking, recording);
    }
}

package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.scheduling.SchedulingFixture.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.stepline.scheduling.SchedulingFixture.Clinic;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.events.ContactRecorded;

/** Booking an appointment and recording the contact, telephone first, through the pages against the real database. */
@RecordApplicationEvents
class BookAndRecordContactTests extends SchedulingWebTest {

    private static final String OPEN_TELEPHONE_SECTION =
            "id=\"telephone-section\" aria-labelledby=\"telephone-heading\" data-telephone-section>";

    @Autowired
    ApplicationEvents events;

    private long patient;
    private long referral;

    @BeforeEach
    void aPatientAwaitingATelephoneAssessment() {
        patient = fixture.patient(clinic.teamId(), false, "02");
        referral =
                fixture.referral(patient, clinic.teamId(), clinic.practitioner().id(), "AWAITING_ASSESSMENT");
    }

    @Test
    void theBookingFormPutsTheTelephonePreferencesFirst() throws Exception {
        mvc.perform(get(bookingPath()).with(clinic.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Alex Morgan"),
                                containsString("07700 900123"),
                                containsString("Do not leave a voicemail"),
                                containsString("Weekday evenings after 6pm"),
                                containsString("<option value=\"02\" selected>Telephone</option>"),
                                containsString("<option value=\"01\" selected>Assessment</option>"),
                                containsString("<option value=\""
                                        + clinic.practitioner().id() + "\" selected>"))));
        assertThat(audit("VIEW")).anyMatch(detail -> detail.contains("booking form"));
    }

    @Test
    void aTelephoneAssessmentIsBookedThenRecordedAttendedAfterTwoCalls() throws Exception {
        mvc.perform(form(
                        post(bookingPath()).with(clinic.signedIn()),
                        Map.of(
                                "date",
                                YESTERDAY.toString(),
                                "time",
                                "10:00",
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "02",
                                "plannedMinutes",
                                "45")))
                .andExpect(redirectedUrl("/patients/" + patient))
                .andExpect(flash().attribute("flash", containsString("Appointment booked: Assessment, Telephone")));
        var booked = appointmentOf(referral);
        assertThat(booked)
                .containsEntry("attendance", "0")
                .containsEntry("team_id", clinic.teamId())
                .containsEntry("cons_mechanism", "02")
                .containsEntry("app_type", "01")
                .containsEntry("planned_minutes", 45);
        assertThat(((java.sql.Timestamp) booked.get("starts_at")).toInstant())
                .isEqualTo(YESTERDAY.atTime(10, 0).atZone(ServiceTime.ZONE).toInstant());
        assertThat(audit("CREATE")).anyMatch(detail -> detail.startsWith("Booked an appointment"));
        long appointment = (Long) booked.get("id");

        mvc.perform(get(recordPath(appointment)).with(clinic.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(OPEN_TELEPHONE_SECTION),
                                containsString(
                                        "<h3 class=\"nhsuk-warning-callout__label\"><span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>Do not leave a voicemail</span></h3>"),
                                containsString("Call attempt 1"))));

        mvc.perform(form(
                        post(recordPath(appointment)).with(clinic.signedIn()),
                        Map.of(
                                "attendance",
                                "5",
                                "mode",
                                "02",
                                "duration",
                                "40",
                                "attempts[0].time",
                                "09:58",
                                "attempts[0].outcome",
                                "NO_ANSWER",
                                "attempts[1].time",
                                "10:03",
                                "attempts[1].outcome",
                                "ANSWERED",
                                "identityConfirmed",
                                "true",
                                "privateAndSafe",
                                "true",
                                "patientLocation",
                                "At home, 1 High Street")))
                .andExpect(redirectedUrl("/patients/" + patient))
                .andExpect(flash().attribute("flash", containsString("Contact recorded")));

        var recorded = appointmentOf(referral);
        assertThat(recorded)
                .containsEntry("attendance", "5")
                .containsEntry("duration_minutes", 40)
                .containsEntry("identity_confirmed", true)
                .containsEntry("private_and_safe", true)
                .containsEntry("patient_location", "At home, 1 High Street")
                .containsEntry("recorded_by", clinic.practitioner().id());
        assertThat(recorded.get("recorded_at")).isNotNull();
        assertThat(callsOf(appointment)).containsExactly("09:58 NO_ANSWER", "10:03 ANSWERED");
        assertThat(events.stream(ContactRecorded.class))
                .containsExactly(new ContactRecorded(
                        appointment,
                        referral,
                        patient,
                        AppointmentType.ASSESSMENT,
                        ConsultationMechanism.TELEPHONE,
                        Attendance.ATTENDED,
                        YESTERDAY));
        assertThat(audit("UPDATE"))
                .anyMatch(detail -> detail.startsWith("Recorded the outcome")
                        && detail.contains("Attended, Telephone, 2 call attempts"));
    }

    @Test
    void aTelephoneDidNotAttendAfterOneCallIsRefusedAndNothingIsSaved() throws Exception {
        long appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "10:00", "01", "02");
        events.clear();

        mvc.perform(form(
                        post(recordPath(appointment)).with(clinic.signedIn()),
                        Map.of(
                                "attendance",
                                "3",
                                "mode",
                                "02",
                                "attempts[0].time",
                                "10:01",
                                "attempts[0].outcome",
                                "NO_ANSWER",
                                "notes",
                                "Rang once, no answer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<span class=\"nhsuk-error-message\" id=\"attempts-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> "
                                                + "Make and record at least 2 calls, 5 minutes apart, before recording a telephone appointment as did not attend (1 recorded)</span>"),
                                containsString(
                                        "<a href=\"#attempts\">Make and record at least 2 calls, 5 minutes apart"),
                                containsString("value=\"10:01\""),
                                containsString("Rang once, no answer"),
                                containsString("value=\"3\" checked"))));

        assertThat(appointmentOf(referral))
                .containsEntry("attendance", "0")
                .containsEntry("notes", null)
                .containsEntry("recorded_at", null);
        assertThat(callsOf(appointment)).isEmpty();
        assertThat(events.stream(ContactRecorded.class)).isEmpty();
    }

    @Test
    void aVoicemailIsNotRecordedForAPatientWhoHasNotAgreedToThem() throws Exception {
        long appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "10:00", "01", "02");

        mvc.perform(form(
                        post(recordPath(appointment)).with(clinic.signedIn()),
                        Map.of(
                                "attendance",
                                "3",
                                "mode",
                                "02",
                                "attempts[0].time",
                                "10:00",
                                "attempts[0].outcome",
                                "VOICEMAIL_LEFT",
                                "attempts[1].time",
                                "10:15",
                                "attempts[1].outcome",
                                "NO_ANSWER")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "id=\"attempts[0].outcome-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> "
                                        + "This patient has not agreed to voicemail")));
        assertThat(appointmentOf(referral)).containsEntry("attendance", "0");
    }

    @Test
    void aVideoCallThatFellBackToTheTelephoneIsRecordedAsTelephone() throws Exception {
        long appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "11:00", "01", "11");
        mvc.perform(get(recordPath(appointment)).with(clinic.signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-telephone-section hidden>"),
                                containsString("<option value=\"11\" selected>Video</option>"))));

        fixture.recordAttended(mvc, clinic, appointment, "02");

        assertThat(appointmentOf(referral))
                .containsEntry("cons_mechanism", "02")
                .containsEntry("booked_mechanism", "11");
        mvc.perform(get(recordPath(appointment)).with(clinic.signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Correct the recorded contact"),
                                containsString("stepline-mode--video"),
                                containsString(OPEN_TELEPHONE_SECTION))));
    }

    @Test
    void aRecordedContactIsCorrectedOnTheSameFormPrefilled() throws Exception {
        long appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "10:00", "01", "02");
        fixture.recordAttended(mvc, clinic, appointment, "02");

        mvc.perform(get(recordPath(appointment)).with(clinic.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Correct the recorded contact"),
                                containsString("value=\"5\" checked"),
                                containsString("value=\"10:00\""),
                                containsString("value=\"At home\""),
                                containsString("value=\"45\""))));

        mvc.perform(form(
                        post(recordPath(appointment)).with(clinic.signedIn()),
                        Map.of(
                                "attendance",
                                "3",
                                "mode",
                                "02",
                                "attempts[0].time",
                                "10:00",
                                "attempts[0].outcome",
                                "NO_ANSWER",
                                "attempts[1].time",
                                "10:10",
                                "attempts[1].outcome",
                                "WRONG_NUMBER")))
                .andExpect(redirectedUrl("/patients/" + patient))
                .andExpect(flash().attribute("flash", containsString("Contact corrected")));

        assertThat(appointmentOf(referral))
                .containsEntry("attendance", "3")
                .containsEntry("duration_minutes", null)
                .containsEntry("patient_location", null);
        assertThat(callsOf(appointment)).containsExactly("10:00 NO_ANSWER", "10:10 WRONG_NUMBER");
        assertThat(audit("UPDATE")).anyMatch(detail -> detail.startsWith("Corrected the recorded outcome"));
        assertThat(events.stream(ContactRecorded.class).map(ContactRecorded::attendance))
                .containsExactly(Attendance.ATTENDED, Attendance.DID_NOT_ATTEND);
    }

    @Test
    void aDischargedReferralTakesOnlyAFollowUp() throws Exception {
        long discharged = fixture.referral(patient, clinic.teamId(), null, "DISCHARGED");
        mvc.perform(form(
                        post("/referrals/" + discharged + "/appointments/new").with(clinic.signedIn()),
                        Map.of(
                                "date",
                                LocalDate.now().plusDays(7).toString(),
                                "time",
                                "14:00",
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "02",
                                "mode",
                                "01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only a follow-up after discharge can be booked")));
        assertThat(jdbc.sql("select count(*) from appointment where referral_id = ?")
                        .param(discharged)
                        .query(Long.class)
                        .single())
                .isZero();

        fixture.book(mvc, clinic, discharged, LocalDate.now().plusDays(7), "14:00", "06", "01");
    }

    @Test
    void aPractitionerOfAnotherTeamCanNeitherBookNorRecord() throws Exception {
        long appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "10:00", "01", "02");
        Clinic other = fixture.clinic();
        Map<String, String> booking = Map.of(
                "date",
                YESTERDAY.toString(),
                "time",
                "12:00",
                "practitionerId",
                String.valueOf(other.practitioner().id()),
                "type",
                "01",
                "mode",
                "02");

        mvc.perform(get(bookingPath()).with(other.signedIn())).andExpect(status().isForbidden());
        mvc.perform(form(post(bookingPath()).with(other.signedIn()), booking)).andExpect(status().isForbidden());
        mvc.perform(get(recordPath(appointment)).with(other.signedIn())).andExpect(status().isForbidden());
        mvc.perform(form(post(recordPath(appointment)).with(other.signedIn()), Map.of("attendance", "2", "mode", "02")))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from appointment where referral_id = ?")
                        .param(referral)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(appointmentOf(referral)).containsEntry("attendance", "0");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and action = 'DENIED' and actor_id = ?")
                        .params(patient, other.practitioner().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void unknownReferralsAndAppointmentsAreNotFound() throws Exception {
        mvc.perform(get("/referrals/999999999/appointments/new").with(clinic.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/appointments/999999999/record").with(clinic.signedIn()))
                .andExpect(status().isNotFound());
    }

    private String bookingPath() {
        return "/referrals/" + referral + "/appointments/new";
    }

    private static String recordPath(long appointment) {
        return "/appointments/" + appointment + "/record";
    }

    private Map<String, Object> appointmentOf(long referralId) {
        return jdbc.sql("select * from appointment where referral_id = ? order by id desc limit 1")
                .param(referralId)
                .query()
                .singleRow();
    }

    private List<String> callsOf(long appointment) {
        return jdbc.sql("select attempted_at, outcome from call_attempt where appointment_id = ? order by attempted_at")
                .param(appointment)
                .query((rs, n) ->
                        ServiceTime.time(rs.getObject(1, OffsetDateTime.class).toInstant()) + " " + rs.getString(2))
                .list();
    }

    private List<String> audit(String action) {
        return jdbc.sql("select detail from audit_event where patient_id = ? and action = ? order by id")
                .params(patient, action)
                .query(String.class)
                .list();
    }
}

package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.scheduling.SchedulingFixture.form;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.events.ContactRecorded;

/**
 * The telephone session against the real database: attempts saved with the server's time, did not attend refused
 * until the service's rule is met, nothing clinical shown or saved before the checks pass, and the contact recorded
 * through the same recording service as the record form.
 */
@RecordApplicationEvents
class TelephoneSessionTests extends SchedulingWebTest {

    private static final String CLINICAL = "data-testid=\"clinical\"";
    private static final String RISK = "Answered 3 to PHQ-9 item 9 (session test)";

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    /**
     * Call times are moved back by up to 25 minutes within the appointment's day, which just after midnight would
     * cross into yesterday: the application's clock is then set two hours back, so the tests run every hour.
     */
    @TestConfiguration
    static class AwayFromMidnight {

        @Bean
        @Primary
        Clock awayFromMidnight() {
            return awayFromMidnight(Clock.systemDefaultZone());
        }

        static Clock awayFromMidnight(Clock system) {
            boolean nearMidnight =
                    LocalTime.now(system.withZone(ServiceTime.ZONE)).isBefore(LocalTime.of(1, 0));
            return nearMidnight ? Clock.offset(system, Duration.ofHours(-2)) : system;
        }
    }

    private long patient;
    private long referral;
    private long appointment;

    @BeforeEach
    void aTelephoneAppointmentThatStartedToday() {
        patient = fixture.patient(clinic.teamId(), false, "02");
        referral =
                fixture.referral(patient, clinic.teamId(), clinic.practitioner().id(), "IN_TREATMENT");
        appointment = appointmentAt(clock.instant().minus(Duration.ofMinutes(30)));
        events.clear();
    }

    @Test
    void didNotAttendIsRefusedUntilTwoUnansweredCallsFiveMinutesApart() throws Exception {
        session()
                .andExpect(content()
                        .string(allOf(
                                containsString("Do not leave a voicemail message"),
                                containsString(
                                        "make at least 2 calls, 5 minutes apart, before recording did not attend"),
                                containsString("(none recorded)"),
                                containsString("disabled data-testid=\"attempt-VOICEMAIL_LEFT\""),
                                containsString("type=\"submit\" disabled id=\"didNotAttend\""),
                                not(containsString(CLINICAL)))));

        sessionPost("attempts", Map.of("outcome", "VOICEMAIL_LEFT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This patient has not agreed to voicemail")));
        assertThat(calls()).isEmpty();

        sessionPost("attempts", Map.of("outcome", "NO_ANSWER")).andExpect(redirectedUrl(sessionPath()));
        assertThat(calls()).containsExactly("NO_ANSWER");
        sessionPost("attempts", Map.of("outcome", "NO_ANSWER")).andExpect(redirectedUrl(sessionPath()));
        sessionPost("did-not-attend", Map.of())
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("2 recorded, only 1 of them 5 minutes or more after the one before")));
        assertThat(attendance()).isEqualTo("0");

        jdbc.sql("""
                update call_attempt set attempted_at = attempted_at - interval '6 minutes'
                where id = (select min(id) from call_attempt where appointment_id = ?)""").param(appointment).update();
        session()
                .andExpect(content()
                        .string(allOf(
                                not(containsString("data-testid=\"dna-reason\"")),
                                containsString("type=\"submit\" id=\"didNotAttend\""))));
        sessionPost("did-not-attend", Map.of()).andExpect(redirectedUrl("/patients/" + patient));

        assertThat(attendance()).isEqualTo(Attendance.DID_NOT_ATTEND.code());
        assertThat(calls()).containsExactly("NO_ANSWER", "NO_ANSWER");
        assertThat(jdbc.sql(
                                "select count(*) from call_attempt where appointment_id = ? and extract(second from attempted_at) <> 0")
                        .param(appointment)
                        .query(Long.class)
                        .single())
                .as("kept to the second")
                .isPositive();
        assertThat(events.stream(ContactRecorded.class).map(ContactRecorded::attendance))
                .containsExactly(Attendance.DID_NOT_ATTEND);
        assertThat(audit("UPDATE")).anyMatch(detail -> detail.startsWith("Recorded a call attempt (No answer at "));
    }

    @Test
    void nothingClinicalIsShownOrSavedUntilTheChecksPassThenEndingTheCallRecordsTheContact() throws Exception {
        riskAlertAndScore();
        jdbc.sql("update appointment set agenda = 'Review the activity diary' where id = ?")
                .param(appointmentAt(clock.instant().minus(Duration.ofDays(7))))
                .update();

        sessionPost("attempts", Map.of("outcome", "ANSWERED")).andExpect(redirectedUrl(sessionPath()));
        session()
                .andExpect(content()
                        .string(allOf(
                                containsString("Before anything clinical"),
                                not(containsString(CLINICAL)),
                                not(containsString(RISK)),
                                not(containsString("Session notes")))));
        sessionPost("notes", Map.of("agenda", "Too soon", "notes", "Too soon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the answered call and the checks first")));
        sessionPost("end", Map.of("notes", "Too soon")).andExpect(status().isOk());
        assertThat(attendance()).isEqualTo("0");

        sessionPost("checks", Map.of("identityConfirmed", "yes", "privateAndSafe", "yes"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Enter where the patient is now"), not(containsString(CLINICAL)))));
        sessionPost(
                        "checks",
                        Map.of(
                                "identityConfirmed",
                                "yes",
                                "privateAndSafe",
                                "yes",
                                "patientLocation",
                                "At home, 4 Elm Road"))
                .andExpect(redirectedUrl(sessionPath()));
        session()
                .andExpect(content()
                        .string(allOf(
                                containsString(CLINICAL),
                                containsString(RISK),
                                containsString("PHQ-9"),
                                containsString(">Review the activity diary</textarea>"),
                                containsString("Prefilled from the last session"))));
        assertThat(audit("VIEW")).anyMatch(detail -> detail.endsWith("with the latest scores and risk alerts"));

        jdbc.sql("update appointment set call_started_at = call_started_at - interval '23 minutes' where id = ?")
                .param(appointment)
                .update();
        jdbc.sql("update call_attempt set attempted_at = attempted_at - interval '23 minutes' where appointment_id = ?")
                .param(appointment)
                .update();
        sessionPost("end", Map.of("notes", "Mood a little better", "duration", "0"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Enter how long the contact lasted"),
                                containsString(">Mood a little better</textarea>"))));
        assertThat(attendance()).isEqualTo("0");
        sessionPost(
                        "end",
                        Map.of(
                                "agenda",
                                "Review the week; plan two activities",
                                "materialsSent",
                                "Activity diary by e-mail",
                                "notes",
                                "Mood a little better",
                                "duration",
                                ""))
                .andExpect(redirectedUrl("/patients/" + patient));

        var saved = jdbc.sql("select * from appointment where id = ?")
                .param(appointment)
                .query()
                .singleRow();
        assertThat(saved)
                .containsEntry("attendance", "5")
                .containsEntry("cons_mechanism", "02")
                .containsEntry("duration_minutes", 23)
                .containsEntry("identity_confirmed", true)
                .containsEntry("private_and_safe", true)
                .containsEntry("patient_location", "At home, 4 Elm Road")
                .containsEntry("notes", "Mood a little better")
                .containsEntry("agenda", "Review the week; plan two activities")
                .containsEntry("materials_sent", "Activity diary by e-mail");
        assertThat(saved.get("call_ended_at")).isNotNull();
        assertThat(events.stream(ContactRecorded.class).map(ContactRecorded::attendance))
                .containsExactly(Attendance.ATTENDED);
        assertThat(audit("UPDATE"))
                .anyMatch(detail -> detail.startsWith("Recorded the outcome"))
                .anyMatch(detail -> detail.contains("(23 minutes)"));
        session()
                .andExpect(content()
                        .string(allOf(
                                containsString("This contact has been recorded"),
                                not(containsString("data-testid=\"attempt-NO_ANSWER\"")))));
    }

    @Test
    void aPatientWhoCannotTalkSafelyIsRearranged() throws Exception {
        sessionPost("attempts", Map.of("outcome", "ANSWERED")).andExpect(redirectedUrl(sessionPath()));
        sessionPost("checks", Map.of("identityConfirmed", "yes", "privateAndSafe", "no"))
                .andExpect(redirectedUrl(sessionPath()));
        session()
                .andExpect(content()
                        .string(allOf(
                                containsString("Do not go on with the session"),
                                containsString("cannot talk privately and safely now"),
                                not(containsString(CLINICAL)))));
        sessionPost("end", Map.of("notes", "x")).andExpect(status().isOk());

        sessionPost("rearrange", Map.of()).andExpect(redirectedUrl("/referrals/" + referral + "/appointments/new"));
        assertThat(attendance()).isEqualTo(Attendance.CANCELLED_BY_PATIENT.code());
        assertThat(events.stream(ContactRecorded.class)).hasSize(1);
    }

    @Test
    void anotherTeamsClinicianCannotOpenTheSession() throws Exception {
        var other = fixture.clinic();
        mvc.perform(get(sessionPath()).with(other.signedIn())).andExpect(status().isForbidden());
        mvc.perform(form(post(sessionPath() + "/attempts").with(other.signedIn()), Map.of("outcome", "NO_ANSWER")))
                .andExpect(status().isForbidden());
        assertThat(calls()).isEmpty();
    }

    @Test
    void theRecordAndTheCaseloadLinkToTheSession() throws Exception {
        mvc.perform(get("/patients/" + patient).with(clinic.signedIn()))
                .andExpect(
                        content().string(containsString("<a href=\"" + sessionPath() + "\">Start telephone session")));
        mvc.perform(get("/caseload").with(clinic.signedIn()))
                .andExpect(content()
                        .string(containsString(
                                "<a href=\"" + sessionPath() + "\" data-testid=\"start-telephone-session\">")));
    }

    private ResultActions session() throws Exception {
        return mvc.perform(get(sessionPath()).with(clinic.signedIn())).andExpect(status().isOk());
    }

    private ResultActions sessionPost(String action, Map<String, String> fields) throws Exception {
        return mvc.perform(form(post(sessionPath() + "/" + action).with(clinic.signedIn()), fields));
    }

    private String sessionPath() {
        return "/appointments/" + appointment + "/session";
    }

    private long appointmentAt(Instant wanted) {
        Instant startOfToday = ServiceTime.dateOf(clock.instant())
                .atStartOfDay(ServiceTime.ZONE)
                .toInstant();
        Instant startsAt = wanted.isBefore(startOfToday) && wanted.isAfter(startOfToday.minus(Duration.ofDays(1)))
                ? startOfToday
                : wanted;
        return jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                                         cons_mechanism, booked_mechanism, planned_minutes, attendance)
                values (?, ?, ?, ?, ?, '02', '02', '02', 45, '0') returning id""")
                .params(
                        referral,
                        patient,
                        clinic.teamId(),
                        clinic.practitioner().id(),
                        OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    private void riskAlertAndScore() {
        long administration =
                jdbc.sql("""
                insert into measure_administration (patient_id, referral_id, instrument, completed_at, route, total_score,
                                                    severity, caseness)
                values (?, ?, 'PHQ9', now() - interval '2 days', 'BEFORE_SESSION', 17, 'Moderately severe', true)
                returning id""").params(patient, referral).query(Long.class).single();
        jdbc.sql(
                        "insert into risk_alert (patient_id, referral_id, team_id, administration_id, reason) values (?, ?, ?, ?, ?)")
                .params(patient, referral, clinic.teamId(), administration, RISK)
                .update();
    }

    private List<String> calls() {
        return jdbc.sql("select outcome from call_attempt where appointment_id = ? order by attempted_at, id")
                .param(appointment)
                .query(String.class)
                .list();
    }

    private String attendance() {
        return jdbc.sql("select attendance from appointment where id = ?")
                .param(appointment)
                .query(String.class)
                .single();
    }

    private List<String> audit(String action) {
        return jdbc.sql("select detail from audit_event where patient_id = ? and action = ? order by id")
                .params(patient, action)
                .query(String.class)
                .list();
    }
}

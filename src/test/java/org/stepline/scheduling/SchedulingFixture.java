package org.stepline.scheduling;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.NhsNumber;

/**
 * Test data for scheduling: a team and its practitioner through {@link StaffEnrolment}; patients and referrals as
 * rows (their pages are built elsewhere). Everything is unique, since the test database is shared and never emptied.
 */
final class SchedulingFixture {

    static final String PASSWORD = "Correct-horse-battery-9";

    /** A team with one practitioner, signed in for requests. */
    record Clinic(long teamId, CurrentStaff practitioner) {

        RequestPostProcessor signedIn() {
            return user(StaffPrincipal.of(practitioner));
        }
    }

    private final JdbcClient jdbc;
    private final StaffEnrolment enrolment;

    SchedulingFixture(JdbcClient jdbc, StaffEnrolment enrolment) {
        this.jdbc = jdbc;
        this.enrolment = enrolment;
    }

    Clinic clinic() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long team = enrolment.createTeam("Scheduling team " + unique);
        String username = "pwp-" + unique;
        String name = "Robin " + unique;
        long id = enrolment.enrol(username, name, PASSWORD, Role.PRACTITIONER, team, null);
        return new Clinic(team, new CurrentStaff(id, username, name, Role.PRACTITIONER, team));
    }

    /** A patient with a mobile and a landline, safe to call in the evenings, with the voicemail consent and mode given. */
    long patient(long teamId, boolean voicemailAllowed, String preferredMode) {
        return jdbc.sql("""
                insert into patient (team_id, nhs_number, given_name, family_name, date_of_birth, gender_code,
                                     ethnic_category, mobile_phone, landline_phone, preferred_phone, voicemail_allowed,
                                     safe_call_times, preferred_mode)
                values (?, ?, 'Alex', 'Morgan', date '1990-05-01', '2', 'A', '07700 900123', '0113 496 0000',
                        'MOBILE', ?, 'Weekday evenings after 6pm', ?) returning id""")
                .params(teamId, unusedNhsNumber(), voicemailAllowed, preferredMode)
                .query(Long.class)
                .single();
    }

    long referral(long patientId, long teamId, Long practitionerId, String stage) {
        boolean discharged = stage.equals("DISCHARGED");
        LocalDate received = LocalDate.now().minusWeeks(3);
        return jdbc.sql("""
                insert into referral (pathway_id, patient_id, team_id, source_code, received_date, step,
                                      practitioner_id, stage, stage_entered_on, discharge_date, end_code)
                values (?, ?, ?, 'B1', ?, 2, ?, ?, ?, ?, ?) returning id""")
                .params(
                        "TEST-" + UUID.randomUUID(),
                        patientId,
                        teamId,
                        received,
                        practitionerId,
                        stage,
                        received,
                        discharged ? LocalDate.now().minusDays(1) : null,
                        discharged ? "46" : null)
                .query(Long.class)
                .single();
    }

    /** Books through the page as the clinic's practitioner; returns the new appointment's id. */
    long book(MockMvc mvc, Clinic clinic, long referralId, LocalDate date, String time, String type, String mode)
            throws Exception {
        return book(mvc, clinic, referralId, date, time, type, mode, "45");
    }

    /**
     * Books with the planned length given; a blank length books no span of time, so that several appointments
     * of one practitioner may start at the same moment (the no-double-booking rule holds only planned lengths).
     */
    long book(
            MockMvc mvc,
            Clinic clinic,
            long referralId,
            LocalDate date,
            String time,
            String type,
            String mode,
            String plannedMinutes)
            throws Exception {
        mvc.perform(form(
                        post("/referrals/" + referralId + "/appointments/new").with(clinic.signedIn()),
                        Map.of(
                                "date",
                                date.toString(),
                                "time",
                                time,
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                type,
                                "mode",
                                mode,
                                "plannedMinutes",
                                plannedMinutes)))
                .andExpect(redirectedUrl("/patients/" + patientOf(referralId)));
        return jdbc.sql("select max(id) from appointment where referral_id = ?")
                .param(referralId)
                .query(Long.class)
                .single();
    }

    /** Records an appointment attended for 45 minutes, answering every telephone question when by telephone. */
    void recordAttended(MockMvc mvc, Clinic clinic, long appointmentId, String mode) throws Exception {
        Map<String, String> fields =
                new LinkedHashMap<>(Map.of("attendance", "5", "mode", mode, "duration", "45", "notes", "Went well"));
        if (mode.equals("02")) {
            fields.putAll(Map.of(
                    "attempts[0].time",
                    "10:00",
                    "attempts[0].outcome",
                    "ANSWERED",
                    "identityConfirmed",
                    "true",
                    "privateAndSafe",
                    "true",
                    "patientLocation",
                    "At home"));
        }
        record(mvc, clinic, appointmentId, fields);
    }

    /** Records an appointment missed, after two unanswered calls when by telephone. */
    void recordDidNotAttend(MockMvc mvc, Clinic clinic, long appointmentId, String mode) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("attendance", "3", "mode", mode));
        if (mode.equals("02")) {
            fields.putAll(Map.of(
                    "attempts[0].time",
                    "10:00",
                    "attempts[0].outcome",
                    "NO_ANSWER",
                    "attempts[1].time",
                    "10:10",
                    "attempts[1].outcome",
                    "NO_ANSWER"));
        }
        record(mvc, clinic, appointmentId, fields);
    }

    private void record(MockMvc mvc, Clinic clinic, long appointmentId, Map<String, String> fields) throws Exception {
        long patient = jdbc.sql("select patient_id from appointment where id = ?")
                .param(appointmentId)
                .query(Long.class)
                .single();
        mvc.perform(form(post("/appointments/" + appointmentId + "/record").with(clinic.signedIn()), fields))
                .andExpect(redirectedUrl("/patients/" + patient));
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request.with(csrf());
    }

    private long patientOf(long referralId) {
        return jdbc.sql("select patient_id from referral where id = ?")
                .param(referralId)
                .query(Long.class)
                .single();
    }

    private String unusedNhsNumber() {
        while (true) {
            String digits =
                    String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
            boolean valid = NhsNumber.problemWith(digits).isEmpty() && !digits.startsWith("9990"); // the demo's numbers
            if (valid
                    && jdbc.sql("select count(*) from patient where nhs_number = ?")
                                    .param(digits)
                                    .query(Long.class)
                                    .single()
                            == 0) {
                return digits;
            }
        }
    }
}

package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.scheduling.SchedulingFixture.form;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.stepline.shared.ServiceTime;

/**
 * Moving a booked appointment to another time, through its page against the real database: the old time is free
 * again, the reminders and the questionnaire request follow the new time, the patient is sent a message, and a move
 * that cannot be made is answered on the form, next to the field, with what was typed. Also: a slot kept for some
 * modes refuses a booking in another mode.
 */
class MoveAppointmentTests extends SchedulingWebTest {

    /** A Tuesday one to two weeks ahead: inside the weeks the booking and move pages offer. */
    private static final LocalDate TUESDAY =
            LocalDate.now(ServiceTime.ZONE).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Test
    void aMoveToAFreeTimeFreesTheOldOneAndTheRemindersQuestionnairesAndPatientFollow() throws Exception {
        weeklySlot("09:00", null);
        weeklySlot("14:00", null);
        long referral = referral();
        long patient = patientOf(referral);
        jdbc.sql("update patient set email = ? where id = ?")
                .params("alex." + patient + "@patients.stepline.test", patient)
                .update();
        mvc.perform(form(
                        post(bookingPath(referral)).with(clinic.signedIn()),
                        Map.of(
                                "slot",
                                TUESDAY + "T14:00/50",
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "02",
                                "choiceShown",
                                "yes",
                                "modesOffered",
                                "02",
                                "questionnaires",
                                "yes")))
                .andExpect(redirectedUrl("/patients/" + patient));
        long appointment = appointmentOf(referral);
        assertThat(reminders(appointment))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.get("starts")).isEqualTo(at("14:00")));

        String page = page("/appointments/" + appointment + "/move");
        assertThat(page)
                .contains("Move an appointment", "value=\"" + TUESDAY + "T09:00/50\"")
                .doesNotContain("value=\"" + TUESDAY + "T14:00/50\"");
        move(appointment, Map.of("slot", TUESDAY + "T09:00/50")).andExpect(redirectedUrl("/patients/" + patient));

        var stored = jdbc.sql("select starts_at, planned_minutes, attendance from appointment where id = ?")
                .param(appointment)
                .query()
                .singleRow();
        assertThat(((java.sql.Timestamp) stored.get("starts_at")).toInstant()).isEqualTo(at("09:00"));
        assertThat(stored).containsEntry("planned_minutes", 50).containsEntry("attendance", "0");
        assertThat(page(bookingPath(referral())))
                .contains("value=\"" + TUESDAY + "T14:00/50\"")
                .doesNotContain("value=\"" + TUESDAY + "T09:00/50\"");

        assertThat(reminders(appointment)).hasSize(4).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("QUEUED");
            assertThat(r.get("starts")).isEqualTo(at("09:00"));
            assertThat(r.get("due")).isEqualTo(at("09:00").minus(Duration.ofMinutes((Integer) r.get("lead_minutes"))));
        });
        assertThat(jdbc.sql(
                                "select send_after from questionnaire_request where appointment_id = ? and status = 'SCHEDULED'")
                        .param(appointment)
                        .query(OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(at("09:00").minus(Duration.ofHours(48)));
        var told = jdbc.sql("""
                select channel, status, appointment_starts_at, appointment_moved_from from outbound_message
                where appointment_id = ? and kind = 'APPOINTMENT_MOVED' order by channel""").param(appointment).query().listOfRows();
        assertThat(told).extracting(r -> r.get("channel")).containsExactly("EMAIL", "SMS");
        assertThat(told).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("QUEUED");
            assertThat(((java.sql.Timestamp) r.get("appointment_starts_at")).toInstant())
                    .isEqualTo(at("09:00"));
            assertThat(((java.sql.Timestamp) r.get("appointment_moved_from")).toInstant())
                    .isEqualTo(at("14:00"));
        });
        assertThat(jdbc.sql(
                                "select detail from audit_event where patient_id = ? and action = 'UPDATE' and detail like 'Moved%'")
                        .param(patient)
                        .query(String.class)
                        .single())
                .contains("Assessment, Telephone, with " + clinic.practitioner().displayName())
                .endsWith(
                        "from " + LONG_DAY.format(TUESDAY) + " at 14:00 to " + LONG_DAY.format(TUESDAY) + " at 09:00");
        assertThat(page("/patients/" + patient)).contains("Appointment moved", "Move to another time");
    }

    @Test
    void aMoveThatCannotBeMadeIsAnsweredNextToItsFieldWithWhatWasTypedAndNothingChanges() throws Exception {
        long referral = referral();
        long appointment = fixture.book(mvc, clinic, referral, TUESDAY, "10:00", "01", "02");
        fixture.book(mvc, clinic, referral(), TUESDAY, "15:00", "01", "02", "50");

        String taken = move(appointment, typed(TUESDAY.toString(), "15:20"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taken)
                .contains(
                        "There is a problem",
                        "id=\"time-error\"",
                        clinic.practitioner().displayName() + " already has an appointment from 15:00 to 15:50",
                        "value=\"15:20\"",
                        "value=\"" + TUESDAY + "\"");

        LocalDate lastWeek = LocalDate.now(ServiceTime.ZONE).minusDays(7);
        String past = move(appointment, typed(lastWeek.toString(), "10:00"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(past)
                .contains("id=\"date-error\"", "The new time must be in the future", "value=\"" + lastWeek + "\"");

        String badDate = move(appointment, typed("2027-02-30", "10:00"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badDate)
                .contains(
                        "id=\"date-error\"",
                        "Enter a real date, like 14/03/2026",
                        "value=\"2027-02-30\"",
                        "value=\"10:00\"");

        String badTime = move(appointment, typed(TUESDAY.toString(), "quarter past"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badTime)
                .contains("id=\"time-error\"", "Enter the time using the 24-hour clock", "value=\"quarter past\"");

        assertThat(startOf(appointment)).isEqualTo(at("10:00"));
        assertThat(movedMessages(appointment)).isZero();

        // half an hour later overlaps only the appointment's own old time, which is no clash
        move(appointment, typed(TUESDAY.toString(), "10:30"))
                .andExpect(redirectedUrl("/patients/" + patientOf(referral)));
        assertThat(startOf(appointment)).isEqualTo(at("10:30"));
        assertThat(movedMessages(appointment)).isEqualTo(1); // the fixture's patient has a mobile and no e-mail
    }

    @Test
    void aRecordedContactOrAnotherTeamsAppointmentCannotBeMoved() throws Exception {
        long referral = referral();
        long appointment = fixture.book(
                mvc, clinic, referral, LocalDate.now(ServiceTime.ZONE).minusDays(1), "10:00", "01", "01");
        fixture.recordAttended(mvc, clinic, appointment, "01");
        assertThat(page("/appointments/" + appointment + "/move"))
                .contains("This appointment's outcome has been recorded, so it can no longer be moved")
                .doesNotContain("Move appointment</button>");
        assertThat(move(appointment, typed(TUESDAY.toString(), "10:00"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "href=\"#slot\"", "id=\"slot\"");
        assertThat(startOf(appointment)).isNotEqualTo(at("10:00"));

        mvc.perform(get("/appointments/" + appointment + "/move")
                        .with(fixture.clinic().signedIn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aVideoAppointmentCannotBeMovedIntoATimeKeptForTelephone() throws Exception {
        weeklySlot("11:00", "02");
        long referral = referral();
        long appointment = fixture.book(mvc, clinic, referral, TUESDAY, "16:00", "01", "11");
        String html = move(appointment, Map.of("slot", TUESDAY + "T11:00/50"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"slot-error\"",
                        "This time is kept for Telephone appointments and this appointment is by Video: choose another time")
                .containsPattern("value=\"" + TUESDAY + "T11:00/50\"\\s+checked");
        assertThat(startOf(appointment)).isEqualTo(at("16:00"));
    }

    @Test
    void aSlotKeptForSomeModesRefusesABookingInAnotherModeNextToTheModeAndSavesNothing() throws Exception {
        weeklySlot("11:00", "02");
        long referral = referral();
        String slot = TUESDAY + "T11:00/50";
        String html = mvc.perform(form(
                        post(bookingPath(referral)).with(clinic.signedIn()),
                        Map.of(
                                "slot",
                                slot,
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "11",
                                "choiceShown",
                                "yes",
                                "modesOffered",
                                "11")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"mode-error\"",
                        "This time is kept for Telephone appointments: choose that mode, or another time")
                .containsPattern("value=\"" + slot + "\"\\s+checked")
                .containsPattern("<option value=\"11\"\\s+selected");
        // the same time typed by hand is the same slot
        html = mvc.perform(form(
                        post(bookingPath(referral)).with(clinic.signedIn()),
                        Map.of(
                                "date",
                                TUESDAY.toString(),
                                "time",
                                "11:15",
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "11",
                                "plannedMinutes",
                                "20",
                                "choiceShown",
                                "yes",
                                "modesOffered",
                                "11")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"mode-error\"", "This time is kept for Telephone appointments", "value=\"11:15\"");
        assertThat(jdbc.sql("select count(*) from appointment where referral_id = ?")
                        .param(referral)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(form(
                        post(bookingPath(referral)).with(clinic.signedIn()),
                        Map.of(
                                "slot",
                                slot,
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "02",
                                "choiceShown",
                                "yes",
                                "modesOffered",
                                "02")))
                .andExpect(redirectedUrl("/patients/" + patientOf(referral)));
    }

    private void weeklySlot(String start, String modes) throws Exception {
        String diary = "/diary/" + clinic.practitioner().id();
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "weekday",
                "2",
                "weeklyStart",
                start,
                "weeklyLength",
                "50",
                "validFrom",
                LocalDate.now().toString()));
        if (modes != null) {
            fields.put("weeklyModes", modes);
        }
        mvc.perform(form(post(diary + "/weekly").with(clinic.signedIn()), fields))
                .andExpect(redirectedUrl(diary));
    }

    private ResultActions move(long appointment, Map<String, String> fields) throws Exception {
        return mvc.perform(form(post("/appointments/" + appointment + "/move").with(clinic.signedIn()), fields));
    }

    private static Map<String, String> typed(String date, String time) {
        return Map.of("slot", "", "date", date, "time", time);
    }

    private List<Map<String, Object>> reminders(long appointment) {
        return jdbc.sql("""
                select channel, lead_minutes, status, appointment_starts_at, due_at from outbound_message
                where appointment_id = ? and kind = 'APPOINTMENT_REMINDER' order by id""").param(appointment).query().listOfRows().stream()
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>(r);
                    row.put("starts", ((java.sql.Timestamp) r.get("appointment_starts_at")).toInstant());
                    row.put("due", ((java.sql.Timestamp) r.get("due_at")).toInstant());
                    return (Map<String, Object>) row;
                })
                .toList();
    }

    private static String bookingPath(long referral) {
        return "/referrals/" + referral + "/appointments/new";
    }

    private long movedMessages(long appointment) {
        return jdbc.sql("select count(*) from outbound_message where appointment_id = ? and kind = 'APPOINTMENT_MOVED'")
                .param(appointment)
                .query(Long.class)
                .single();
    }

    private Instant startOf(long appointment) {
        return jdbc.sql("select starts_at from appointment where id = ?")
                .param(appointment)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(clinic.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long referral() {
        long patient = fixture.patient(clinic.teamId(), true, "02");
        return fixture.referral(patient, clinic.teamId(), clinic.practitioner().id(), "AWAITING_ASSESSMENT");
    }

    private long appointmentOf(long referral) {
        return jdbc.sql("select max(id) from appointment where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private long patientOf(long referral) {
        return jdbc.sql("select patient_id from referral where id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private static Instant at(String time) {
        return TUESDAY.atTime(LocalTime.parse(time)).atZone(ServiceTime.ZONE).toInstant();
    }
}

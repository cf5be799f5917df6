package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.scheduling.SchedulingFixture.form;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;

/**
 * Publishing availability, booking into it, and the rule that nobody's time is booked twice: kept by the
 * database (an exclusion constraint), explained to the second booker, and held when two book at the same moment.
 */
class DiaryAndBookingTests extends SchedulingWebTest {

    /** A Tuesday one to two weeks ahead: inside the weeks the booking page offers. */
    private static final LocalDate TUESDAY =
            LocalDate.now(ServiceTime.ZONE).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondBookingOfTakenTimeIsRefusedNextToTheTimeAndKeepsWhatWasTyped() throws Exception {
        long first = referral();
        book(first, "10:00", "50").andExpect(redirectedUrl("/patients/" + patientOf(first)));
        long second = referral();

        String html = book(second, "10:30", "30")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String message = clinic.practitioner().displayName() + " already has an appointment from 10:00 to 10:50 on "
                + DAY.format(TUESDAY) + "; choose another time";
        assertThat(html)
                .contains("id=\"time-error\"", message, "value=\"10:30\"", "value=\"" + TUESDAY + "\"", "value=\"30\"")
                .containsPattern(
                        "id=\"modesOffered-11\" name=\"modesOffered\" type=\"checkbox\" value=\"11\"\\s+checked");
        assertThat(bookingsOnTuesday()).isEqualTo(1);
        book(second, "10:50", "30").andExpect(redirectedUrl("/patients/" + patientOf(second)));
    }

    @Test
    void theDatabaseRefusesOverlapsExceptCancelledImportedAndUnplannedOnes() {
        long referral = referral();
        insert(referral, "10:00", 50, "0", null);
        assertThatThrownBy(() -> insert(referral, "10:49", 30, "0", null))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e ->
                        assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("23P01"));
        insert(referral, "10:50", 30, "0", null); // back to back is fine
        insert(referral, "10:15", 30, "2", null); // cancelled by the patient
        insert(referral, "10:15", 30, "4", null); // cancelled by the service
        insert(referral, "10:15", 30, "5", "EXTRACT-1"); // imported from another system
        insert(referral, "10:15", null, "0", null); // no planned length: no span to hold
        assertThatThrownBy(() -> insert(referral, "09:30", 31, "5", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("update appointment set attendance = '4' where practitioner_id = ? and planned_minutes = 50")
                .param(clinic.practitioner().id())
                .update();
        insert(referral, "09:30", 60, "0", null); // the cancelled booking's time is free again
    }

    @Test
    void twoBookersOfTheSameFreeTimeAtOnceExactlyOneWins() throws Exception {
        List<Long> referrals = List.of(referral(), referral());
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (long referral : referrals) {
                results.add(pool.submit(() -> {
                    start.await();
                    return bookRequest(referral, "11:00", "50").andReturn();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS).getResponse().getStatus());
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 200);
            String refused =
                    results.get(statuses.indexOf(200)).get().getResponse().getContentAsString();
            assertThat(refused).contains("already has an appointment from 11:00 to 11:50");
        } finally {
            pool.shutdownNow();
        }
        assertThat(bookingsOnTuesday()).isEqualTo(1);
    }

    /**
     * The race made certain: another booking of the same time is written but not yet committed, so the check
     * before saving cannot see it; the database holds the second insert until the first commits, then refuses it,
     * and the booker reads the same plain message.
     */
    @Test
    void whenTheCheckIsRacedTheConstraintDecidesAndTheBookerStillReadsWhy() throws Exception {
        long first = referral();
        long second = referral();
        var written = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> other = pool.submit(() -> transactions.executeWithoutResult(status -> {
                insert(first, "14:00", 50, "0", null);
                written.countDown();
                await(commit);
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            Future<MvcResult> booking =
                    pool.submit(() -> bookRequest(second, "14:20", "30").andReturn());
            Thread.sleep(1500); // the booking now waits on the uncommitted row
            assertThat(booking.isDone()).isFalse();
            commit.countDown();
            other.get(30, TimeUnit.SECONDS);
            var response = booking.get(30, TimeUnit.SECONDS).getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString())
                    .contains(
                            clinic.practitioner().displayName() + " already has an appointment from 14:00 to 14:50 on "
                                    + DAY.format(TUESDAY) + "; choose another time");
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
        assertThat(bookingsOnTuesday()).isEqualTo(1);
    }

    @Test
    void aPublishedSlotIsOfferedOnTheBookingPageAndShowsBookedInTheDiary() throws Exception {
        String diary = "/diary/" + clinic.practitioner().id();
        mvc.perform(form(
                        post(diary + "/weekly").with(clinic.signedIn()),
                        Map.of(
                                "weekday",
                                "2",
                                "weeklyStart",
                                "09:00",
                                "weeklyLength",
                                "50",
                                "validFrom",
                                LocalDate.now().toString(),
                                "weeklyModes",
                                "02")))
                .andExpect(redirectedUrl(diary));
        assertThat(page(diary + "?from=" + TUESDAY, clinic.signedIn()))
                .contains("09:00 to 09:50", ">Free<", "Telephone", "Every Tuesday".substring(6));
        long referral = referral();
        String slot = TUESDAY + "T09:00/50";
        assertThat(page(bookingPath(referral), clinic.signedIn()))
                .contains("value=\"" + slot + "\"", "09:00 to 09:50 (Telephone)");

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
                                        "02"))
                        .param("modesOffered", "11"))
                .andExpect(redirectedUrl("/patients/" + patientOf(referral)));
        var stored = jdbc.sql("""
                select starts_at, planned_minutes, booked_mechanism, array_to_string(modes_offered, ',') as offered,
                       preferred_mechanism from appointment where referral_id = ?""").param(referral).query().singleRow();
        assertThat(((java.sql.Timestamp) stored.get("starts_at")).toInstant()).isEqualTo(at("09:00"));
        assertThat(stored)
                .containsEntry("planned_minutes", 50)
                .containsEntry("booked_mechanism", "02")
                .containsEntry("offered", "02,11")
                .containsEntry("preferred_mechanism", "02");
        assertThat(page(diary + "?from=" + TUESDAY, clinic.signedIn()))
                .contains(">Booked<", "Alex Morgan (09:00 to 09:50: Assessment, Telephone)");
        assertThat(page(bookingPath(referral), clinic.signedIn())).doesNotContain("value=\"" + slot + "\"");
    }

    @Test
    void leaveHidesTheSlotsItCovers() throws Exception {
        String diary = "/diary/" + clinic.practitioner().id();
        mvc.perform(form(
                        post(diary + "/weekly").with(clinic.signedIn()),
                        Map.of("weekday", "2", "weeklyStart", "15:00", "weeklyLength", "60")))
                .andExpect(redirectedUrl(diary));
        mvc.perform(form(
                        post(diary + "/away").with(clinic.signedIn()),
                        Map.of("awayFrom", TUESDAY.toString(), "awayReason", "Annual leave")))
                .andExpect(redirectedUrl(diary));
        assertThat(page(diary + "?from=" + TUESDAY, clinic.signedIn()))
                .contains("15:00 to 16:00", ">Unavailable<", "Annual leave")
                .doesNotContain(">Free<");
        assertThat(page(bookingPath(referral()), clinic.signedIn())).doesNotContain(TUESDAY + "T15:00/60");
    }

    @Test
    void aMistypedSlotIsShownAgainWithItsProblems() throws Exception {
        String diary = "/diary/" + clinic.practitioner().id();
        String html = mvc.perform(form(
                        post(diary + "/weekly").with(clinic.signedIn()),
                        Map.of("weekday", "2", "weeklyStart", "25:00", "weeklyLength", "50")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("There is a problem", "id=\"weeklyStart-error\"", "value=\"25:00\"");
    }

    @Test
    void theChosenModeMustBeOneOfThoseOffered() throws Exception {
        long referral = referral();
        String html = mvc.perform(form(
                        post(bookingPath(referral)).with(clinic.signedIn()),
                        Map.of(
                                "date",
                                TUESDAY.toString(),
                                "time",
                                "16:00",
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "01",
                                "choiceShown",
                                "yes",
                                "modesOffered",
                                "02")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"mode-error\"", "Choose one of the modes offered to the patient");
        html = mvc.perform(form(
                        post(bookingPath(referral)).with(clinic.signedIn()),
                        Map.of(
                                "date",
                                TUESDAY.toString(),
                                "time",
                                "16:00",
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "01",
                                "choiceShown",
                                "yes")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"modesOffered-error\"", "Tick at least one mode you offered the patient");
        assertThat(bookingsOnTuesday()).isZero();
    }

    @Test
    void aBookingThatDidNotAskWhichModesWereOfferedRecordsTheChoiceAsNotRecorded() throws Exception {
        long referral = referral();
        mvc.perform(form(
                        post(bookingPath(referral)).with(clinic.signedIn()),
                        Map.of(
                                "date",
                                TUESDAY.toString(),
                                "time",
                                "16:00",
                                "practitionerId",
                                String.valueOf(clinic.practitioner().id()),
                                "type",
                                "01",
                                "mode",
                                "02")))
                .andExpect(redirectedUrl("/patients/" + patientOf(referral)));
        var stored = jdbc.sql("select modes_offered is null as not_recorded, booked_mechanism from appointment"
                        + " where referral_id = ?")
                .param(referral)
                .query()
                .singleRow();
        assertThat(stored).containsEntry("not_recorded", true).containsEntry("booked_mechanism", "02");
        assertThat(jdbc.sql("select detail from audit_event where patient_id = ? and action = 'CREATE'"
                                + " order by id desc limit 1")
                        .param(patientOf(referral))
                        .query(String.class)
                        .single())
                .endsWith("(choice not recorded)");
    }

    @Test
    void onlyThePractitionerAndTheirSupervisorsChangeADiaryAndOtherTeamsCannotSeeIt() throws Exception {
        String diary = "/diary/" + clinic.practitioner().id();
        var otherTeam = fixture.clinic().signedIn();
        var colleague = as(staff(clinic.teamId(), Role.PRACTITIONER));
        var supervisor = as(staff(clinic.teamId(), Role.SUPERVISOR));
        var manager = as(staff(null, Role.MANAGER));
        Map<String, String> slot = Map.of("weekday", "3", "weeklyStart", "09:00", "weeklyLength", "50");

        mvc.perform(get(diary).with(otherTeam)).andExpect(status().isForbidden());
        mvc.perform(form(post(diary + "/weekly").with(otherTeam), slot)).andExpect(status().isForbidden());
        mvc.perform(form(post(diary + "/weekly").with(colleague), slot)).andExpect(status().isForbidden());
        mvc.perform(form(post(diary + "/weekly").with(manager), slot)).andExpect(status().isForbidden());
        mvc.perform(form(post(diary + "/weekly").with(supervisor), slot)).andExpect(redirectedUrl(diary));

        long referral = referral();
        book(referral, "09:00", "50").andExpect(status().is3xxRedirection());
        assertThat(page(diary + "?from=" + TUESDAY, colleague))
                .contains("Alex Morgan")
                .doesNotContain("Add a weekly slot");
        assertThat(page(diary + "?from=" + TUESDAY, supervisor)).contains("Alex Morgan", "Add a weekly slot");
        assertThat(page(diary + "?from=" + TUESDAY, manager))
                .contains("Booked outside published hours", "09:00 to 09:50: Assessment, Video")
                .doesNotContain("Alex Morgan");
        assertThat(page("/diary", otherTeam))
                .doesNotContain(clinic.practitioner().displayName());
        assertThat(page("/diary", supervisor)).contains(clinic.practitioner().displayName());
    }

    private org.springframework.test.web.servlet.ResultActions book(long referral, String time, String minutes)
            throws Exception {
        return bookRequest(referral, time, minutes);
    }

    private org.springframework.test.web.servlet.ResultActions bookRequest(long referral, String time, String minutes)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "date",
                TUESDAY.toString(),
                "time",
                time,
                "practitionerId",
                String.valueOf(clinic.practitioner().id()),
                "type",
                "01",
                "mode",
                "11",
                "plannedMinutes",
                minutes,
                "choiceShown",
                "yes",
                "modesOffered",
                "02"));
        return mvc.perform(form(post(bookingPath(referral)).with(clinic.signedIn()), fields)
                .param("modesOffered", "11"));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long referral() {
        long patient = fixture.patient(clinic.teamId(), true, "02");
        return fixture.referral(patient, clinic.teamId(), clinic.practitioner().id(), "AWAITING_ASSESSMENT");
    }

    private void insert(long referral, String time, Integer minutes, String attendance, String careContactId) {
        jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                                         cons_mechanism, booked_mechanism, planned_minutes, attendance, care_contact_id)
                select id, patient_id, team_id, ?, ?, '02', '02', '02', ?, ?, ? from referral where id = ?""")
                .params(
                        clinic.practitioner().id(),
                        OffsetDateTime.ofInstant(at(time), ZoneOffset.UTC),
                        minutes,
                        attendance,
                        careContactId,
                        referral)
                .update();
    }

    private long bookingsOnTuesday() {
        return jdbc.sql(
                        "select count(*) from appointment where practitioner_id = ? and starts_at >= ? and starts_at < ?")
                .params(
                        clinic.practitioner().id(),
                        OffsetDateTime.ofInstant(at("00:00"), ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(at("23:59"), ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    private static Instant at(String time) {
        return TUESDAY.atTime(java.time.LocalTime.parse(time))
                .atZone(ServiceTime.ZONE)
                .toInstant();
    }

    private static String bookingPath(long referral) {
        return "/referrals/" + referral + "/appointments/new";
    }

    private long patientOf(long referral) {
        return jdbc.sql("select patient_id from referral where id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private CurrentStaff staff(Long team, Role role) {
        String username = role.name().toLowerCase(Locale.ROOT) + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = enrolment.enrol(username, "Staff " + username, SchedulingFixture.PASSWORD, role, team, null);
        return new CurrentStaff(id, username, "Staff " + username, role, team);
    }

    private static RequestPostProcessor as(CurrentStaff staff) {
        return user(StaffPrincipal.of(staff));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

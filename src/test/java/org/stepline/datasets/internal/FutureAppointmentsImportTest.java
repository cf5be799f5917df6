package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.stepline.datasets.internal.Extracts.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepline.TestRecords;
import org.stepline.datasets.DatasetExports;
import org.stepline.datasets.DatasetImported;
import org.stepline.datasets.DatasetImports;
import org.stepline.datasets.ImportRequest;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * An extract's appointments still to come (AttendOrDNACode 0, at or after the import) are booked in the live
 * appointment table through scheduling's port, announced as any booking, and then worked like one: moved, called,
 * reminded, asked for questionnaires. Past contacts stay in the import's own table. Against the real database, as
 * the imported practitioner on the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FutureAppointmentsImportTest {

    /** Fails, after everything is written, the import of any source ending in {@link #FAILS}. */
    @TestConfiguration
    static class FailingLate {
        static final String FAILS = "-fails-late";

        @Bean
        Object failsTheImportAtTheEnd() {
            return new Object() {
                @EventListener
                void on(DatasetImported imported) {
                    if (imported.source().endsWith(FAILS)) {
                        throw new IllegalStateException("failed at the very end of the import");
                    }
                }
            };
        }
    }

    private static final String PATIENTS_HEADER = "LocalPatientId,NHSNumber,GivenName,FamilyName,PersonBirthDate,"
            + "GenderIdentity,EthnicCategory,Postcode,GPPracticeCode,MobilePhone,LandlinePhone,EmailAddress,"
            + "VoicemailConsent,SafeTimesToCall,PreferredMode";

    @TempDir
    Path dir;

    @Autowired
    DatasetImports imports;

    @Autowired
    DatasetExports exports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    private final String x = "F" + TestRecords.next() + "x" + System.nanoTime() % 100_000 + "-";
    private final LocalDate today = LocalDate.now(ServiceTime.ZONE);
    /** A week ahead, at 14:00: the session to move. */
    private final LocalDateTime nextWeek = today.plusDays(7).atTime(14, 0);

    /** Ten days ahead, no time given: booked, but announced only once moved to a time. */
    private final LocalDate inTenDays = today.plusDays(10);

    /** Later today (so that calls may be logged on its session page), a minute or two from now. */
    private LocalDateTime soon;

    /**
     * Ada's caseload: an attended assessment last month, a session two days ago never recorded (0, but past), the
     * session next week, one later today and one in ten days without a time; Alan's session next week at the same time with the same practitioner
     * (the source system double-booked, as a group session would).
     */
    private Path caseload(String name) throws IOException {
        LocalTime now = LocalTime.now(ServiceTime.ZONE);
        if (now.isAfter(LocalTime.of(23, 57))) { // "later today" needs a minute of today left
            sleepPast(Duration.between(now, LocalTime.MAX).plusSeconds(2));
        }
        soon = LocalDateTime.now(ServiceTime.ZONE)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        String cp = x + "CP1";
        var extract = write(
                dir.resolve(name),
                List.of(
                        REFERRALS_HEADER + ",CareProfLocalId",
                        x + "K1," + x + "M1," + today.minusDays(40) + ",,,F41.1," + cp,
                        x + "K2," + x + "M2," + today.minusDays(30) + ",,,F32.1," + cp),
                List.of(
                        CONTACTS_HEADER,
                        x + "K1," + x + "C1," + today.minusDays(20) + ",10:00,01,5,02,45," + cp,
                        x + "K1," + x + "C2," + today.minusDays(2) + ",09:00,02,0,02,," + cp,
                        x + "K1," + x + "C3," + nextWeek.toLocalDate() + ",14:00,02,0,01,," + cp,
                        x + "K1," + x + "C4," + today + "," + soon.toLocalTime() + ",02,0,02,," + cp,
                        x + "K1," + x + "C6," + inTenDays + ",,02,0,01,," + cp,
                        x + "K2," + x + "C5," + nextWeek.toLocalDate() + ",14:00,02,0,02,," + cp),
                List.of(ASSESSMENTS_HEADER, x + "K1," + x + "C1,720433000,15," + today.minusDays(20) + ",10:00"));
        Files.write(
                extract.resolve(ExtractFormat.PATIENTS),
                List.of(
                        PATIENTS_HEADER,
                        x + "M1," + TestRecords.nhsNumber() + ",Ada,Lovelace,1985-12-10,2,A,LS1 4AP,B86001,07700900"
                                + String.format("%03d", TestRecords.next() % 1000) + ",,ada." + x
                                + "@patients.stepline.test,Y,,02",
                        x + "M2," + TestRecords.nhsNumber() + ",Alan,Turing,1990-06-23,1,Z,,,,,,N,,02"));
        return extract;
    }

    @Test
    void futureAppointmentsAreBookedInTheLiveTableAndWorkedAsAnyBooking() throws Exception {
        var input = caseload(x + "caseload");

        var outcome = imports.importDataset(ImportRequest.of(input));

        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        assertThat(outcome.careContacts()).as("every care contact counts").isEqualTo(6);
        assertThat(tableOf("C1")).startsWith("appointment_import_");
        assertThat(tableOf("C2")).as("not yet recorded, but past: history").startsWith("appointment_import_");
        assertThat(List.of(tableOf("C3"), tableOf("C4"), tableOf("C5"), tableOf("C6")))
                .containsOnly("appointment");
        long nextWeeks = idOf("C3");
        long patient = jdbc.sql("select patient_id from appointment where id = ?")
                .param(nextWeeks)
                .query(Long.class)
                .single();

        // announced as a booking on the booking page is, with questionnaires as the form would ask by default
        assertThat(events.stream(AppointmentBooked.class).filter(e -> e.patientId() == patient))
                .containsExactlyInAnyOrder(
                        new AppointmentBooked(
                                nextWeeks,
                                referralOf("K1"),
                                patient,
                                teamOf(nextWeeks),
                                at(nextWeek),
                                AppointmentType.TREATMENT,
                                ConsultationMechanism.FACE_TO_FACE,
                                true),
                        new AppointmentBooked(
                                idOf("C4"),
                                referralOf("K1"),
                                patient,
                                teamOf(nextWeeks),
                                at(soon),
                                AppointmentType.TREATMENT,
                                ConsultationMechanism.TELEPHONE,
                                true));
        assertThat(reminders(nextWeeks))
                .as("by text and e-mail, 48 and 2 hours before")
                .containsExactlyInAnyOrder(
                        "SMS 2880 " + at(nextWeek),
                        "SMS 120 " + at(nextWeek),
                        "EMAIL 2880 " + at(nextWeek),
                        "EMAIL 120 " + at(nextWeek));
        assertThat(questionnaires(nextWeeks))
                .containsExactly("SCHEDULED " + at(nextWeek).minus(Duration.ofHours(48)));
        assertThat(reminders(idOf("C2"))).as("a past contact gets nothing").isEmpty();
        assertThat(reminders(idOf("C6")))
                .as("no time: no reminder naming midnight")
                .isEmpty();
        assertThat(questionnaires(idOf("C2"))).isEmpty();
        assertThat(jdbc.sql("select starts_at from appointment where id = ?")
                        .param(idOf("C5"))
                        .query(OffsetDateTime.class)
                        .single()
                        .toInstant())
                .as("the practitioner double-booked in the source system: both kept")
                .isEqualTo(at(nextWeek));

        // the export gives back exactly what was imported
        var output = dir.resolve("export");
        exports.export(output, x + "caseload");
        for (var file : List.of(ExtractFormat.REFERRALS, ExtractFormat.CONTACTS, ExtractFormat.ASSESSMENTS)) {
            var columns = ExtractFormat.names(
                    switch (file) {
                        case ExtractFormat.REFERRALS -> ExtractFormat.REFERRAL_COLUMNS;
                        case ExtractFormat.CONTACTS -> ExtractFormat.CONTACT_COLUMNS;
                        default -> ExtractFormat.ASSESSMENT_COLUMNS;
                    });
            assertThat(ExtractRows.of(output.resolve(file), columns))
                    .as(file)
                    .isEqualTo(ExtractRows.of(input.resolve(file), columns));
        }
        var patientColumns = List.of(PATIENTS_HEADER.split(","));
        assertThat(ExtractRows.of(output.resolve(ExtractFormat.PATIENTS), patientColumns))
                .isEqualTo(ExtractRows.of(input.resolve(ExtractFormat.PATIENTS), patientColumns));

        // the imported practitioner moves next week's session: reminders, questionnaires and the patient follow
        var moved = nextWeek.plusDays(1).withHour(15);
        mvc.perform(post("/appointments/" + nextWeeks + "/move")
                        .with(practitioner())
                        .with(csrf())
                        .param("slot", "")
                        .param("date", moved.toLocalDate().toString())
                        .param("time", "15:00"))
                .andExpect(redirectedUrl("/patients/" + patient));
        assertThat(jdbc.sql("select starts_at from appointment where id = ?")
                        .param(nextWeeks)
                        .query(OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(at(moved));
        assertThat(reminders(nextWeeks)).hasSize(4).allMatch(r -> r.endsWith(" " + at(moved)));
        assertThat(questionnaires(nextWeeks))
                .containsExactly("SCHEDULED " + at(moved).minus(Duration.ofHours(48)));
        assertThat(jdbc.sql(
                                "select count(*) from outbound_message where appointment_id = ? and kind = 'APPOINTMENT_MOVED'")
                        .param(nextWeeks)
                        .query(Long.class)
                        .single())
                .as("the patient is told, by text and e-mail")
                .isEqualTo(2);

        // today's telephone session: a call attempt is logged on its page
        long todays = idOf("C4");
        mvc.perform(post("/appointments/" + todays + "/session/attempts")
                        .with(practitioner())
                        .with(csrf())
                        .param("outcome", "NO_ANSWER"))
                .andExpect(redirectedUrl("/appointments/" + todays + "/session"));
        assertThat(jdbc.sql("select outcome from call_attempt where appointment_id = ?")
                        .param(todays)
                        .query(String.class)
                        .list())
                .containsExactly("NO_ANSWER");

        // the one without a time is given one by moving it: then it is announced, and reminded at that time
        long timeless = idOf("C6");
        var given = inTenDays.atTime(11, 0);
        mvc.perform(post("/appointments/" + timeless + "/move")
                        .with(practitioner())
                        .with(csrf())
                        .param("slot", "")
                        .param("date", inTenDays.toString())
                        .param("time", "11:00"))
                .andExpect(redirectedUrl("/patients/" + patient));
        assertThat(reminders(timeless))
                .containsExactlyInAnyOrder(
                        "SMS 2880 " + at(given),
                        "SMS 120 " + at(given),
                        "EMAIL 2880 " + at(given),
                        "EMAIL 120 " + at(given));
        assertThat(jdbc.sql("select time_given from appointment where id = ?")
                        .param(timeless)
                        .query(Boolean.class)
                        .single())
                .as("exported with its time from now on")
                .isTrue();
    }

    @Test
    void aFailureLaterInTheImportLeavesNoBookedAppointmentBehind() throws IOException {
        var input = caseload(x + "caseload" + FailingLate.FAILS);

        assertThatThrownBy(() -> imports.importDataset(ImportRequest.of(input)))
                .hasMessageContaining("failed at the very end of the import");

        var announced = events.stream(AppointmentBooked.class)
                .map(AppointmentBooked::appointmentId)
                .toList();
        assertThat(announced).as("the future appointments had been booked").hasSize(3);
        assertThat(jdbc.sql("select count(*) from appointment where id = any(?) or care_contact_id like ?")
                        .params(announced.toArray(Long[]::new), x + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from outbound_message where appointment_id = any(?)")
                        .param(announced.toArray(Long[]::new))
                        .query(Long.class)
                        .single())
                .as("nor their reminders")
                .isZero();
        assertThat(jdbc.sql("select count(*) from questionnaire_request where appointment_id = any(?)")
                        .param(announced.toArray(Long[]::new))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from referral where pathway_id like ?")
                        .param(x + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Signed in as the practitioner the import made for CareProfLocalId CP1. */
    private RequestPostProcessor practitioner() {
        var staff = jdbc.sql("select id, username, display_name, team_id from staff_user where professional_id = ?")
                .param(x + "CP1")
                .query((rs, n) -> new CurrentStaff(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.PRACTITIONER,
                        rs.getLong("team_id")))
                .single();
        return user(StaffPrincipal.of(staff));
    }

    private String tableOf(String contact) {
        return jdbc.sql("select tableoid::regclass::text from appointment where care_contact_id = ?")
                .param(x + contact)
                .query(String.class)
                .single();
    }

    private long idOf(String contact) {
        return jdbc.sql("select id from appointment where care_contact_id = ?")
                .param(x + contact)
                .query(Long.class)
                .single();
    }

    private long referralOf(String pathway) {
        return jdbc.sql("select id from referral where pathway_id = ?")
                .param(x + pathway)
                .query(Long.class)
                .single();
    }

    private long teamOf(long appointment) {
        return jdbc.sql("select team_id from appointment where id = ?")
                .param(appointment)
                .query(Long.class)
                .single();
    }

    /** Reminders not cancelled, as "channel lead-minutes starts-at". */
    private List<String> reminders(long appointment) {
        return jdbc.sql("""
                select channel, lead_minutes, appointment_starts_at from outbound_message
                where appointment_id = ? and kind = 'APPOINTMENT_REMINDER' and status = 'QUEUED' order by id""")
                .param(appointment)
                .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " "
                        + rs.getObject(3, OffsetDateTime.class).toInstant())
                .list();
    }

    /** Questionnaire requests, as "status send-after"; asked by nobody signed in (the import). */
    private List<String> questionnaires(long appointment) {
        return jdbc.sql("""
                select status, send_after from questionnaire_request
                where appointment_id = ? and created_by is null order by id""")
                .param(appointment)
                .query((rs, n) -> rs.getString(1) + " "
                        + rs.getObject(2, OffsetDateTime.class).toInstant())
                .list();
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(ServiceTime.ZONE).toInstant();
    }

    private static void sleepPast(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

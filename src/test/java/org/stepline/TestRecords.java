package org.stepline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;

/**
 * Rows for integration tests, written straight to the shared test database. Every call makes new, unique rows, so
 * tests never depend on what else is in the database.
 */
public final class TestRecords {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final JdbcClient jdbc;

    public TestRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    public long team() {
        return jdbc.sql("insert into team (name) values (?) returning id")
                .param("Test team " + next() + "-" + System.nanoTime())
                .query(Long.class)
                .single();
    }

    public CurrentStaff clinician(long teamId, Role role) {
        String username = role.name().toLowerCase() + "." + next() + "." + System.nanoTime();
        long id = jdbc.sql(
                        "insert into staff_user (username, display_name, password_hash, role, team_id) values (?, ?, 'x', ?, ?) returning id")
                .params(username, "Test " + role.label() + " " + next(), role.name(), teamId)
                .query(Long.class)
                .single();
        return new CurrentStaff(id, username, "Test " + role.label(), role, teamId);
    }

    /** A clinician who can sign in through the pages with {@code password} (as a server in another JVM checks it). */
    public CurrentStaff clinicianWithPassword(long teamId, Role role, String password) {
        var staff = clinician(teamId, role);
        jdbc.sql("update staff_user set password_hash = ? where id = ?")
                .params(
                        "{argon2}"
                                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()
                                        .encode(password),
                        staff.id())
                .update();
        return staff;
    }

    public static RequestPostProcessor as(CurrentStaff staff) {
        return SecurityMockMvcRequestPostProcessors.user(StaffPrincipal.of(staff));
    }

    /** A valid NHS number in the 999 test range, different on every call. */
    public static String nhsNumber() {
        while (true) {
            String nine = "9997" + String.format("%05d", Math.floorMod(next(), 100_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }

    public long patient(long teamId, String givenName, LocalDate dateOfBirth) {
        return jdbc.sql("""
                insert into patient (team_id, nhs_number, given_name, family_name, date_of_birth, gender_code,
                    ethnic_category, mobile_phone, voicemail_allowed, preferred_mode)
                values (?, ?, ?, 'Tester', ?, '2', 'A', '07700 900123', false, '02') returning id""")
                .params(teamId, nhsNumber(), givenName, dateOfBirth)
                .query(Long.class)
                .single();
    }

    public long referral(long patientId, long teamId, Long practitionerId) {
        return jdbc.sql("""
                insert into referral (pathway_id, patient_id, team_id, source_code, received_date, step, practitioner_id,
                    stage, stage_entered_on) values (?, ?, ?, 'A1', current_date - 30, 2, ?, 'AWAITING_TREATMENT', current_date - 10)
                returning id""")
                .params("TEST-" + next() + "-" + System.nanoTime(), patientId, teamId, practitionerId)
                .query(Long.class)
                .single();
    }

    public long appointment(
            long referralId, long patientId, long teamId, long practitionerId, Instant at, String mode) {
        return jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type, cons_mechanism)
                values (?, ?, ?, ?, ?, '02', ?) returning id""")
                .params(
                        referralId,
                        patientId,
                        teamId,
                        practitionerId,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        mode)
                .query(Long.class)
                .single();
    }

    /** A whole small world: a team with a practitioner, and one patient with a referral and a booked appointment. */
    public record World(
            long teamId,
            CurrentStaff practitioner,
            long patientId,
            long referralId,
            long appointmentId,
            LocalDate dateOfBirth) {}

    public World world() {
        long team = team();
        var practitioner = clinician(team, Role.PRACTITIONER);
        var dob = LocalDate.of(1985, 3, 27);
        long patient = patient(team, "Alex", dob);
        long referral = referral(patient, team, practitioner.id());
        long appointment = appointment(
                referral, patient, team, practitioner.id(), Instant.now().plusSeconds(86_400), "02");
        return new World(team, practitioner, patient, referral, appointment, dob);
    }
}

package org.stepline.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/**
 * Rows for tests, inserted directly: the pages that create patients, referrals and appointments belong to other
 * modules. Every name is unique, because the test database is shared and never emptied.
 */
public final class CaseloadFixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcClient jdbc;
    private final StaffEnrolment enrolment;

    public CaseloadFixtures(JdbcClient jdbc, StaffEnrolment enrolment) {
        this.jdbc = jdbc;
        this.enrolment = enrolment;
    }

    /** A word of letters only, different every time it is asked for: for names that must not clash. */
    public static String unique(String prefix) {
        long n = SEQUENCE.incrementAndGet();
        StringBuilder letters = new StringBuilder();
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return prefix + letters;
    }

    public long team(String prefix) {
        return enrolment.createTeam(unique(prefix + " "));
    }

    public CurrentStaff staff(Role role, Long teamId) {
        String username = unique("t.");
        String name = unique("Staff ");
        long id = enrolment.enrol(username, name, PASSWORD, role, teamId, null);
        return new CurrentStaff(id, username, name, role, teamId);
    }

    public long patient(long teamId, String givenName, String familyName) {
        return jdbc.sql("""
                insert into patient (team_id, nhs_number, given_name, family_name, date_of_birth, gender_code, ethnic_category)
                values (?, ?, ?, ?, date '1985-04-02', '2', 'A') returning id""")
                .params(teamId, nhsNumber(), givenName, familyName)
                .query(Long.class)
                .single();
    }

    public long referral(
            long patientId,
            long teamId,
            Long practitionerId,
            ReferralStage stage,
            LocalDate received,
            LocalDate stageEntered) {
        boolean discharged = stage == ReferralStage.DISCHARGED;
        return jdbc.sql("""
                insert into referral (pathway_id, patient_id, team_id, source_code, received_date, presenting_problem,
                    step, practitioner_id, stage, stage_entered_on, discharge_date, end_code)
                values (?, ?, ?, 'A1', ?, 'F41.1', 2, ?, ?, ?, ?, ?) returning id""")
                .params(
                        UUID.randomUUID().toString(),
                        patientId,
                        teamId,
                        received,
                        practitionerId,
                        stage.name(),
                        stageEntered,
                        discharged ? stageEntered : null,
                        discharged ? "46" : null)
                .query(Long.class)
                .single();
    }

    public long appointment(
            long referralId, long practitionerId, Instant startsAt, ConsultationMechanism mode, Attendance attendance) {
        return jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                    cons_mechanism, attendance, duration_minutes)
                select id, patient_id, team_id, ?, ?, '02', ?, ?, 30 from referral where id = ? returning id""")
                .params(
                        practitionerId,
                        OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC),
                        mode.code(),
                        attendance.code(),
                        referralId)
                .query(Long.class)
                .single();
    }

    /** A random valid NHS number (the 1 in 11 whose check digit would be 10 is skipped). */
    public static String nhsNumber() {
        while (true) {
            String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
            if (nine.startsWith("9990")) {
                continue; // the demo service's numbers
            }
            for (int check = 0; check <= 9; check++) {
                if (NhsNumber.problemWith(nine + check).isEmpty()) {
                    return nine + check;
                }
            }
        }
    }
}

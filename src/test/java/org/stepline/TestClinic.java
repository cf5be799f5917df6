package org.stepline;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.NhsNumber;

/**
 * Test data of a test's own, because the test database is shared and never emptied: a new team, its clinicians and
 * patients with NHS numbers no other test uses (in the 999 range kept for testing).
 */
public final class TestClinic {

    private final StaffEnrolment enrolment;
    private final JdbcClient jdbc;

    public TestClinic(StaffEnrolment enrolment, JdbcClient jdbc) {
        this.enrolment = enrolment;
        this.jdbc = jdbc;
    }

    public long newTeam() {
        return enrolment.createTeam("Team " + unique());
    }

    public CurrentStaff practitionerIn(long teamId) {
        String username = "pwp-" + unique();
        String name = "Pat Practitioner " + username.substring(4, 9);
        long id = enrolment.enrol(username, name, "a long test password", Role.PRACTITIONER, teamId, null);
        return new CurrentStaff(id, username, name, Role.PRACTITIONER, teamId);
    }

    /** A patient of the team, written straight to the table: for tests about other pages than adding patients. */
    public long patientIn(long teamId, String givenName, String familyName) {
        return jdbc.sql("""
                insert into patient (team_id, nhs_number, given_name, family_name, date_of_birth, gender_code,
                    ethnic_category, mobile_phone, preferred_phone, voicemail_allowed, preferred_mode)
                values (?, ?, ?, ?, ?, '2', 'A', '07700 900123', 'MOBILE', false, '02') returning id""")
                .params(teamId, freeNhsNumber(), givenName, familyName, LocalDate.of(1984, 3, 15))
                .query(Long.class)
                .single();
    }

    /** A valid NHS number that no patient has yet. */
    public String freeNhsNumber() {
        String candidate;
        do {
            candidate = "9998"
                    + String.format(
                            "%06d",
                            ThreadLocalRandom.current().nextInt(1_000_000)); // clear of the demo's 9990… numbers
        } while (NhsNumber.problemWith(candidate).isPresent()
                || jdbc.sql("select exists (select 1 from patient where nhs_number = ?)")
                        .param(candidate)
                        .query(Boolean.class)
                        .single());
        return candidate;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

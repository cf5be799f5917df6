package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.TestRecords;

/** Accounts for an extract's professionals, made in bulk: found by professional id, else created disabled. */
@SpringBootTest
@Transactional
class PlaceholderEnrolmentTest {

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    JdbcClient jdbc;

    private final String x = "pe" + TestRecords.next() + "x" + System.nanoTime() % 100_000;

    @Test
    void existingProfessionalsAreFoundAndTheOthersGetDisabledAccountsWithFreeUsernames() {
        long team = enrolment.createTeam("Placeholders " + x);
        long known =
                enrolment.enrol(x + "-known", "Known", "a long enough password 1", Role.PRACTITIONER, team, x + "P1");
        enrolment.enrol(
                "imported-" + x + "-p2", "Holds the name", "a long enough password 2", Role.PRACTITIONER, team, null);

        var enrolled = enrolment.enrolAllWithoutSignIn(
                List.of(
                        new StaffEnrolment.Placeholder("imported-" + x + "-p1", "Practitioner P1", x + "P1"),
                        new StaffEnrolment.Placeholder("imported-" + x + "-p2", "Practitioner P2", x + "P2"),
                        new StaffEnrolment.Placeholder("imported-" + x + "-p2", "Practitioner P.2", x + "P.2"),
                        new StaffEnrolment.Placeholder("imported-" + x + "-p3", "Practitioner P3", x + "P3")),
                Role.PRACTITIONER,
                team);

        assertThat(enrolled.created()).isEqualTo(3);
        assertThat(enrolled.ids()[0]).isEqualTo(known);
        var made = jdbc.sql("""
                select username || '|' || professional_id || '|' || enabled || '|' || (team_id = ?) from staff_user
                where id = any(?) order by id""")
                .params(team, new Long[] {enrolled.ids()[1], enrolled.ids()[2], enrolled.ids()[3]})
                .query(String.class)
                .list();
        assertThat(made)
                .containsExactly(
                        "imported-" + x + "-p2-2|" + x + "P2|false|true",
                        "imported-" + x + "-p2-3|" + x + "P.2|false|true",
                        "imported-" + x + "-p3|" + x + "P3|false|true");
    }
}

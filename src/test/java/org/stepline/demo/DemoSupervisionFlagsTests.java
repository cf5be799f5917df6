package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.supervision.internal.Flag;
import org.stepline.supervision.internal.FlagKind;
import org.stepline.supervision.internal.Flagging;

/** The demo service gives the practitioner account flagged patients of every kind, so supervision can be shown. */
@SpringBootTest(properties = "STEPLINE_DEMO_PASSWORD=demo-test-password")
@AutoConfigureMockMvc
class DemoSupervisionFlagsTests {

    @Autowired
    DemoServiceLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferralDirectory referrals;
    @Autowired
    Flagging flagging;

    @Test
    void thePractitionersCaseloadHasFlaggedPatientsOfEveryKind() {
        loader.loadIfAbsent();
        long practitioner = jdbc.sql("select id from staff_user where username = 'practitioner'").query(Long.class).single();
        Map<FlagKind, Integer> counts = new EnumMap<>(FlagKind.class);
        flagging.rowsOf(referrals.openForPractitioner(practitioner))
                .forEach(row -> row.flags().stream().map(Flag::kind).distinct().forEach(kind -> counts.merge(kind, 1, Integer::sum)));
        System.out.println("Demo flags for the practitioner: " + counts);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(FlagKind.values());
    }

    @Test
    void theTeamPagesCountsFromDatabaseTalliesAgreeWithTheRowsWorkedOutFromEveryContact() {
        loader.loadIfAbsent();
        long team = jdbc.sql("select team_id from staff_user where username = 'practitioner'").query(Long.class).single();
        var open = jdbc.sql("select id from staff_user where team_id = ? and role in ('PRACTITIONER', 'SUPERVISOR')")
                .param(team).query(Long.class).list().stream()
                .flatMap(id -> referrals.openForPractitioner(id).stream()).toList();
        assertThat(open).hasSizeGreaterThan(100);
        var fromTallies = flagging.flagsOf(open);
        var fromContacts = flagging.rowsOf(open);
        assertThat(fromContacts).hasSameSizeAs(open);
        for (var row : fromContacts) {
            assertThat(fromTallies.get(row.referralId())).as("referral %d", row.referralId()).isEqualTo(row.flags());
        }
    }
}

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
import org.stepline.supervision.internal.FlagInputKeeper;
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

    @Autowired
    FlagInputKeeper flagInputs;

    @Test
    void thePractitionersCaseloadHasFlaggedPatientsOfEveryKind() {
        loader.loadIfAbsent();
        long practitioner = jdbc.sql("select id from staff_user where username = 'practitioner'")
                .query(Long.class)
                .single();
        Map<FlagKind, Integer> counts = new EnumMap<>(FlagKind.class);
        flagging.rowsOf(referrals.openForPractitioner(practitioner))
                .forEach(row -> row.flags().stream()
                        .map(Flag::kind)
                        .distinct()
                        .forEach(kind -> counts.merge(kind, 1, Integer::sum)));
        System.out.println("Demo flags for the practitioner: " + counts);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(FlagKind.values());
    }

    /**
     * The team page flags from the kept rows of flag inputs: worked out when missing, then read back from the table.
     * Both must give exactly the flags (kinds and reasons) worked out from every contact and score of the record,
     * for the whole demo team: patients of every kind of flag, and many with none.
     */
    @Test
    void theTeamPagesFlagsFromKeptRowsAgreeWithTheRowsWorkedOutFromTheWholeRecord() {
        loader.loadIfAbsent();
        long team = jdbc.sql("select team_id from staff_user where username = 'practitioner'")
                .query(Long.class)
                .single();
        var open = jdbc
                .sql("select id from staff_user where team_id = ? and role in ('PRACTITIONER', 'SUPERVISOR')")
                .param(team)
                .query(Long.class)
                .list()
                .stream()
                .flatMap(id -> referrals.openForPractitioner(id).stream())
                .toList();
        assertThat(open).hasSizeGreaterThan(100);
        flagInputs.rebuild();
        var fromRowsWorkedOut = flagging.flagsOf(open);
        assertThat(jdbc.sql("select count(*) from supervision_flag_input where referral_id = any(?)")
                        .param(open.stream().map(r -> r.id()).toArray(Long[]::new))
                        .query(Long.class)
                        .single())
                .isEqualTo(open.size());
        var fromRowsRead = flagging.flagsOf(open);
        var fromRecord = flagging.rowsOf(open);
        assertThat(fromRecord).hasSameSizeAs(open);
        Map<FlagKind, Integer> kinds = new EnumMap<>(FlagKind.class);
        for (var row : fromRecord) {
            assertThat(fromRowsWorkedOut.get(row.referralId()))
                    .as("referral %d", row.referralId())
                    .isEqualTo(row.flags());
            assertThat(fromRowsRead.get(row.referralId()))
                    .as("referral %d", row.referralId())
                    .isEqualTo(row.flags());
            row.flags().stream().map(Flag::kind).distinct().forEach(kind -> kinds.merge(kind, 1, Integer::sum));
        }
        assertThat(kinds.keySet()).as("a varied set").containsExactlyInAnyOrder(FlagKind.values());
        assertThat(fromRecord.stream().filter(row -> !row.flagged()).count()).isGreaterThan(10);
    }
}

package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.ScoreHistory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.CareContact;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.ServiceTime;
import org.stepline.supervision.internal.Flag;
import org.stepline.supervision.internal.FlagInputKeeper;
import org.stepline.supervision.internal.FlagKind;
import org.stepline.supervision.internal.FlagRules;
import org.stepline.supervision.internal.Flagging;
import org.stepline.supervision.internal.SupervisionProperties;

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

    @Autowired
    RiskAlerts alerts;

    @Autowired
    ScoreHistory scores;

    @Autowired
    ContactHistory contacts;

    @Autowired
    SupervisionProperties limits;

    @Autowired
    Clock clock;

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
        var fromRecord = flagsFromEveryContactAndScore(open);
        assertThat(fromRecord).hasSameSizeAs(open);
        Map<FlagKind, Integer> kinds = new EnumMap<>(FlagKind.class);
        for (var referral : open) {
            var expected = fromRecord.get(referral.id());
            assertThat(fromRowsWorkedOut.get(referral.id()))
                    .as("referral %d", referral.id())
                    .isEqualTo(expected);
            assertThat(fromRowsRead.get(referral.id()))
                    .as("referral %d", referral.id())
                    .isEqualTo(expected);
            expected.stream().map(Flag::kind).distinct().forEach(kind -> kinds.merge(kind, 1, Integer::sum));
        }
        assertThat(kinds.keySet()).as("a varied set").containsExactlyInAnyOrder(FlagKind.values());
        assertThat(fromRecord.values().stream().filter(List::isEmpty).count()).isGreaterThan(10);
        // the clinician's page shows the same flags, from the same kept rows
        for (var row : flagging.rowsOf(open)) {
            assertThat(row.flags()).as("referral %d", row.referralId()).isEqualTo(fromRecord.get(row.referralId()));
        }
    }

    /** The flag rules applied to every recorded contact and score summary of each referral, read afresh. */
    private Map<Long, List<Flag>> flagsFromEveryContactAndScore(List<ReferralSummary> open) {
        var ids = open.stream().map(ReferralSummary::id).toList();
        var risks = alerts.openFor(
                open.stream().map(ReferralSummary::patientId).distinct().toList());
        var summaries = scores.summariesFor(ids);
        var byReferral = contacts.careContactsOf(ids).stream().collect(Collectors.groupingBy(CareContact::referralId));
        LocalDate today = ServiceTime.dateOf(clock.instant());
        Map<Long, List<Flag>> flags = new HashMap<>();
        for (var referral : open) {
            flags.put(
                    referral.id(),
                    FlagRules.flagsOf(
                            referral,
                            risks.getOrDefault(referral.patientId(), List.of()),
                            summaries.getOrDefault(referral.id(), List.of()),
                            byReferral.getOrDefault(referral.id(), List.of()),
                            today,
                            limits));
        }
        return flags;
    }
}

package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.measures.ScoreSummary;
import org.stepline.outcomes.OutcomeRebuild;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.supervision.internal.FlagInputKeeper;
import org.stepline.supervision.internal.Flagging;
import org.stepline.supervision.internal.ReviewRow;

/**
 * Over the demo service's team, the outcome rows and the supervision rows say the same wherever they speak of the same
 * thing: how many treatment sessions, in which treatment mode, the last attended contact, and whether the same
 * first score was at caseness. Both read "treatment contact", "attended" and the thresholds from one definition;
 * this proves that nothing on either side has drifted from it.
 */
@SpringBootTest(properties = "STEPLINE_DEMO_PASSWORD=demo-test-password")
class OutcomesAndSupervisionAgreeTest {

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
    OutcomeRebuild outcomes;

    record OutcomeRow(
            int treatmentContacts,
            @Nullable String treatmentMode,
            @Nullable LocalDate lastAttendedOn,
            boolean casenessAtStart,
            @Nullable Integer firstPhq9,
            @Nullable Integer firstAnxiety,
            String anxietyMeasure) {}

    @Test
    void theOutcomeRowsAndTheSupervisionRowsAgreeOnEveryOpenPathwayOfTheDemoService() {
        loader.loadIfAbsent();
        // both derived tables computed afresh from the record (the demo is written in bulk; reports catch up lazily)
        flagInputs.rebuild();
        outcomes.rebuildSource("stepline");
        // the demo's own team (other tests write records of their own into the same database)
        long team = jdbc.sql("select team_id from staff_user where username = 'practitioner'")
                .query(Long.class)
                .single();
        var open = referrals.openInTeam(team);
        assertThat(open).hasSizeGreaterThan(100);
        Map<Long, OutcomeRow> outcomes = new HashMap<>();
        jdbc.sql("""
                select referral_id, treatment_contacts, treatment_mode, last_attended_on, caseness_at_start, first_phq9,
                       first_anxiety, anxiety_measure
                from pathway_outcome where referral_id = any(?)""")
                .param(open.stream().map(r -> r.id()).toArray(Long[]::new))
                .query((rs, n) -> outcomes.put(
                        rs.getLong(1),
                        new OutcomeRow(
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                rs.getBoolean(5),
                                rs.getObject(6, Integer.class),
                                rs.getObject(7, Integer.class),
                                rs.getString(8))))
                .list();
        flagging.flagsOf(open); // works out and keeps the flag inputs of every open referral (the team page's path)
        Map<Long, LocalDate> lastAttended = new HashMap<>();
        jdbc.sql("select referral_id, last_attended_on from supervision_flag_input where last_attended_on is not null")
                .query((rs, n) -> lastAttended.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();

        int compared = 0;
        int treated = 0;
        int casenessCompared = 0;
        for (ReviewRow row : flagging.rowsOf(open)) {
            var outcome = outcomes.get(row.referralId());
            assertThat(outcome)
                    .as("outcome row of referral %d", row.referralId())
                    .isNotNull();
            String pathway = "referral " + row.referralId();
            assertThat(row.sessions()).as(pathway + ": treatment sessions").isEqualTo(outcome.treatmentContacts());
            assertThat(row.treatmentMode()).as(pathway + ": treatment mode").isEqualTo(label(outcome.treatmentMode()));
            assertThat(lastAttended.get(row.referralId()))
                    .as(pathway + ": last attended")
                    .isEqualTo(outcome.lastAttendedOn());
            var phq9 = summary(row, "PHQ9");
            var gad7 = summary(row, "GAD7");
            if (phq9 != null
                    && gad7 != null
                    && "GAD7".equals(outcome.anxietyMeasure())
                    && Integer.valueOf(phq9.first()).equals(outcome.firstPhq9())
                    && Integer.valueOf(gad7.first()).equals(outcome.firstAnxiety())) {
                boolean supervisionSaysCaseness = phq9.first() >= phq9.caseness() || gad7.first() >= gad7.caseness();
                assertThat(supervisionSaysCaseness)
                        .as(pathway + ": caseness at the first scores")
                        .isEqualTo(outcome.casenessAtStart());
                casenessCompared++;
            }
            treated += row.sessions() > 0 ? 1 : 0;
            compared++;
        }
        assertThat(compared).isEqualTo(open.size());
        assertThat(treated).as("pathways with treatment sessions").isGreaterThan(50);
        assertThat(casenessCompared)
                .as("pathways whose first scores both sides hold")
                .isGreaterThan(50);
    }

    private static @Nullable ScoreSummary summary(ReviewRow row, String instrument) {
        return row.scores().stream()
                .filter(s -> s.instrumentId().equals(instrument))
                .findFirst()
                .orElse(null);
    }

    /** The outcome row's mode (a code, "mixed" or none) in the words the supervision page uses. */
    private static String label(@Nullable String treatmentMode) {
        if (treatmentMode == null) {
            return "None yet";
        }
        return "mixed".equals(treatmentMode)
                ? "Mixed"
                : ConsultationMechanism.of(treatmentMode).label();
    }
}

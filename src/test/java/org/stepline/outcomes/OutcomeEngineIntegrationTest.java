package org.stepline.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The story of a service's year, through the real database: referrals, contacts and scores are written and their
 * events published; the outcome rows and the summary follow. The year is far in the future so that no other test's
 * data falls in it.
 */
@SpringBootTest
class OutcomeEngineIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutcomeReports reports;

    @Autowired
    OutcomeRebuild rebuild;

    OutcomeFixtures f;

    @BeforeEach
    void setUp() {
        f = new OutcomeFixtures(jdbc, events, transactions);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void summaryAndPathwayRowsFollowTheRecord() {
        int y = 2091;
        var a = f.referral(d(y, 1, 5), 2, "F41.2"); // telephone, recovers reliably
        f.contact(a, d(y, 1, 12), "01", "01", "5");
        f.scores(a, 18, 14, d(y, 1, 12));
        f.contact(a, d(y, 2, 2), "02", "02", "5");
        f.contact(a, d(y, 2, 9), "02", "02", "3"); // did not attend
        f.contact(a, d(y, 2, 16), "02", "02", "6");
        f.contact(a, d(y, 3, 2), "02", "02", "5");
        f.scores(a, 6, 5, d(y, 3, 2));
        f.discharge(a, d(y, 3, 20));
        f.contact(a, d(y, 6, 20), "06", "02", "5"); // follow-up after discharge

        var b = f.referral(d(y, 1, 5), 3, "F32"); // face to face, no reliable change
        f.contact(b, d(y, 3, 1), "02", "01", "5");
        f.contact(b, d(y, 3, 8), "02", "01", "5");
        f.scores(b, 16, 12, d(y, 3, 1));
        f.scores(b, 14, 11, d(y, 3, 8));
        f.discharge(b, d(y, 3, 30));

        var c = f.referral(d(y, 1, 5), 2, "F32"); // video, not at caseness
        f.contact(c, d(y, 1, 20), "03", "11", "5");
        f.contact(c, d(y, 1, 27), "02", "11", "5");
        f.scores(c, 6, 5, d(y, 1, 20));
        f.scores(c, 4, 3, d(y, 1, 27));
        f.discharge(c, d(y, 2, 10));

        var dOnce = f.referral(d(y, 2, 1), 2, null); // telephone, treated once
        f.contact(dOnce, d(y, 2, 20), "02", "02", "5");
        f.discharge(dOnce, d(y, 4, 1));

        var e = f.referral(d(y, 2, 1), 2, null); // assessed only
        f.contact(e, d(y, 2, 20), "01", "02", "5");
        f.discharge(e, d(y, 4, 2));

        var open = f.referral(d(y, 2, 1), 2, null); // still in treatment
        f.contact(open, d(y, 2, 20), "02", "02", "5");
        f.contact(open, d(y, 2, 27), "02", "02", "5");

        var g = f.referral(d(y, 1, 5), 2, null); // finished by telephone, scores not paired
        f.contact(g, d(y, 6, 10), "02", "02", "5");
        f.contact(g, d(y, 6, 17), "02", "02", "5");
        f.scores(g, 15, 11, d(y, 6, 10));
        f.discharge(g, d(y, 6, 30));

        var h = f.referral(d(y, 1, 5), 3, null); // three modes: mixed, recovers reliably
        f.contact(h, d(y, 2, 1), "02", "02", "5");
        f.contact(h, d(y, 2, 8), "02", "01", "5");
        f.contact(h, d(y, 2, 15), "02", "11", "5");
        f.scores(h, 20, 15, d(y, 2, 1));
        f.scores(h, 8, 7, d(y, 2, 15));
        f.discharge(h, d(y, 2, 20));

        var summary = reports.summary(d(y, 1, 1), d(y, 12, 31));
        assertThat(summary.all()).isEqualTo(new OutcomeCounts(7, 5, 1, 1, 2, 2, 0, 2, 3, 4));
        assertThat(summary.all().recoveryRate()).isEqualTo(0.5);
        assertThat(summary.byTreatmentMode()).containsOnlyKeys("01", "02", "11", "mixed");
        assertThat(summary.byTreatmentMode().get("02")).isEqualTo(new OutcomeCounts(2 + 1, 2, 1, 0, 1, 1, 0, 1, 1, 1));
        assertThat(summary.byTreatmentMode().get("02").recoveryRate()).isEqualTo(0.5);
        assertThat(summary.byTreatmentMode().get("11").recoveryRate())
                .as("only a non-case finished: no data")
                .isNull();
        assertThat(summary.byTreatmentMode().get("01").recoveryRate()).isEqualTo(0.0);
        assertThat(summary.byTreatmentMode().get("mixed").reliableRecoveryRate())
                .isEqualTo(1.0);

        Map<String, PathwayRow> rows = new LinkedHashMap<>();
        reports.pathwaysEnded(d(y, 1, 1), d(y, 12, 31), row -> rows.put(row.pathwayId(), row));
        assertThat(rows).hasSize(7).doesNotContainKey(open.pathwayId());
        assertThat(rows.get(a.pathwayId()))
                .isEqualTo(new PathwayRow(a.pathwayId(), true, 3, true, false, true, true, false, true, "02", 28));
        assertThat(rows.get(b.pathwayId()))
                .isEqualTo(new PathwayRow(b.pathwayId(), true, 2, true, false, false, false, false, false, "01", 55));
        assertThat(rows.get(c.pathwayId()).notCaseness()).isTrue();
        assertThat(rows.get(dOnce.pathwayId()).completedTreatment()).isFalse();
        assertThat(rows.get(e.pathwayId()))
                .isEqualTo(
                        new PathwayRow(e.pathwayId(), false, 0, false, false, false, false, false, false, null, null));
        assertThat(rows.get(g.pathwayId()).recovery())
                .as("unpaired scores: finished but not recovered")
                .isFalse();
        assertThat(rows.get(g.pathwayId()).firstTreatmentWaitDays()).isEqualTo(156);
        assertThat(rows.get(h.pathwayId()).treatmentMode()).isEqualTo("mixed");
        assertThat(new ArrayList<>(rows.keySet())).isSorted();

        var stored = jdbc.sql("select assessment_mode, telephone_share, second_treatment_on, last_attended_on "
                        + "from pathway_outcome where referral_id = ?")
                .param(a.referralId())
                .query()
                .singleRow();
        assertThat(stored.get("assessment_mode")).isEqualTo("01");
        assertThat(((Number) stored.get("telephone_share")).doubleValue()).isEqualTo(1.0);
        assertThat(stored.get("second_treatment_on").toString())
                .isEqualTo(d(y, 2, 16).toString());
        assertThat(stored.get("last_attended_on").toString())
                .isEqualTo(d(y, 6, 20).toString());
    }

    @Test
    void rebuildingFromScratchGivesExactlyTheRowsKeptByEvents() {
        int y = 2092;
        var pathways = randomYear(y, 20_92, null);

        Long[] ids = pathways.stream().map(OutcomeFixtures.Pathway::referralId).toArray(Long[]::new);
        var kept = snapshot(ids);
        assertThat(kept.get("outcomes"))
                .hasSize(40)
                .anyMatch(row -> Boolean.TRUE.equals(row.get("completed_treatment")))
                .anyMatch(row -> Boolean.TRUE.equals(row.get("reliable_improvement")))
                .anyMatch(row -> "mixed".equals(row.get("treatment_mode")))
                .anyMatch(row -> row.get("discharged_on") == null);

        rebuild.rebuildAll();

        assertThat(snapshot(ids)).isEqualTo(kept);
    }

    @Test
    void rebuildingAnImportedSourceIntoTablesOfItsOwnGivesExactlyTheRowsKeptByEvents() {
        int y = 2096;
        String source = "import:outcomes-" + System.nanoTime();
        var pathways = randomYear(y, 20_96, source);
        Long[] ids = pathways.stream().map(OutcomeFixtures.Pathway::referralId).toArray(Long[]::new);
        var kept = snapshot(ids);
        assertThat(kept.get("outcomes")).hasSize(40);

        assertThat(rebuild.rebuildSource(source)).isEqualTo(40);

        assertThat(snapshot(ids)).isEqualTo(kept);
        assertThat(jdbc.sql("select distinct tableoid::regclass::text from pathway_outcome where referral_id = any(?)")
                        .param(ids)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("pathway_outcome_load_");

        var first = pathways.getFirst(); // an event after the rebuild replaces the row, never adds one
        f.contact(first, d(y, 12, 1), "02", "02", "5");
        f.phq9(first, 3, d(y, 12, 1));
        var afterEvents = snapshot(ids);
        assertThat(afterEvents.get("outcomes")).hasSize(40).isNotEqualTo(kept.get("outcomes"));
        assertThat(reports.summary(d(y, 1, 1), d(y, 12, 31)).all().ended())
                .isEqualTo(afterEvents.get("outcomes").stream()
                        .filter(row -> row.get("discharged_on") != null)
                        .count());

        rebuild.rebuildSource(source);

        assertThat(snapshot(ids)).isEqualTo(afterEvents);
    }

    @Test
    void aFailingRecomputeNeverUndoesTheClinicalChange() {
        var p = f.referral(d(2094, 1, 5), 2, null);
        long bad = f.contact(p, d(2094, 2, 1), "02", "02", "5");
        jdbc.sql("update appointment set cons_mechanism = '77' where id = ?")
                .param(bad)
                .update(); // no such code
        f.phq9(p, 12, d(2094, 2, 1)); // the recompute fails on the unknown code; the score must still be stored
        assertThat(jdbc.sql("select count(*) from measure_administration where referral_id = ?")
                        .param(p.referralId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        jdbc.sql("update appointment set cons_mechanism = '02' where id = ?")
                .param(bad)
                .update();
    }

    /** Forty pathways of a year, their contacts, scores and discharges recorded in random order, events published. */
    private List<OutcomeFixtures.Pathway> randomYear(int y, long seed, String dataSource) {
        var random = new Random(seed);
        List<OutcomeFixtures.Pathway> pathways = new ArrayList<>();
        List<Runnable> steps = new ArrayList<>();
        String[] modes = {"01", "02", "02", "11", "09", "98"};
        String[] types = {"01", "02", "02", "02", "03", "04", "05", "06"};
        String[] attendances = {"5", "5", "5", "6", "3", "2", "4", "7"};
        for (int i = 0; i < 40; i++) {
            var p = f.referral(
                    d(y, 1, 1).plusDays(random.nextInt(60)),
                    2 + random.nextInt(2),
                    random.nextInt(5) == 0 ? "F40.1" : "F32");
            pathways.add(p);
            int contacts = random.nextInt(8);
            for (int c = 0; c < contacts; c++) {
                var day = d(y, 3, 1).plusDays(random.nextInt(200));
                String type = types[random.nextInt(types.length)];
                String mode = modes[random.nextInt(modes.length)];
                String attended = attendances[random.nextInt(attendances.length)];
                steps.add(() -> f.contact(p, day, type, mode, attended));
            }
            int scores = random.nextInt(5);
            for (int s = 0; s < scores; s++) {
                var day = d(y, 3, 1).plusDays(random.nextInt(200) / 7 * 7); // often the same day
                int phq = random.nextInt(28);
                int gad = random.nextInt(22);
                steps.add(() -> f.phq9(p, phq, day));
                steps.add(() -> f.gad7(p, gad, day));
                if (random.nextInt(4) == 0) {
                    int spin = random.nextInt(60);
                    steps.add(() -> f.score(p, "SPIN", null, spin, day));
                }
            }
            if (random.nextInt(3) > 0) {
                var day = d(y, 9, 1).plusDays(random.nextInt(90));
                steps.add(() -> f.discharge(p, day));
            }
        }
        if (dataSource != null) {
            jdbc.sql("update referral set data_source = ? where id = any(?)")
                    .params(
                            dataSource,
                            pathways.stream()
                                    .map(OutcomeFixtures.Pathway::referralId)
                                    .toArray(Long[]::new))
                    .update();
        }
        java.util.Collections.shuffle(steps, random); // events arrive in any order
        steps.forEach(Runnable::run);
        reports.summary(d(y, 1, 1), d(y, 12, 31)); // brings in referrals no event has reached
        return pathways;
    }

    private Map<String, List<Map<String, Object>>> snapshot(Long[] ids) {
        return Map.of(
                "outcomes", jdbc.sql("""
                        select referral_id, pathway_id, data_source, team_id, practitioner_id, step, received_on,
                               discharged_on, end_code, completed_treatment, treatment_contacts, caseness_at_start,
                               not_caseness, recovery, reliable_improvement, reliable_deterioration, reliable_recovery,
                               treatment_mode, first_treatment_wait_days, first_treatment_on, second_treatment_on,
                               assessment_mode, telephone_share, anxiety_measure, first_phq9, last_phq9, first_anxiety,
                               last_anxiety, both_paired, phq9_band, anxiety_band, last_attended_on
                        from pathway_outcome where referral_id = any(?) order by referral_id""").param(ids).query().listOfRows(),
                "contacts",
                        jdbc.sql("select * from outcome_contact where referral_id = any(?) order by appointment_id")
                                .param(ids)
                                .query()
                                .listOfRows());
    }
}

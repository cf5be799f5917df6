package org.stepline.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: measures the summary over national volume and the rebuild, on the embedded database. Run with
 * {@code ./mvnw test -Dtest=OutcomeBenchmark -Dstepline.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the timings in {@code target/surefire-reports/org.stepline.outcomes.OutcomeBenchmark-output.txt}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "stepline.benchmark", matches = "true")
class OutcomeBenchmark {

    static final int PATHWAYS = Integer.getInteger("stepline.benchmark.pathways", 1_800_000);
    static final int REBUILD_PATHWAYS = Integer.getInteger("stepline.benchmark.rebuild-pathways", 100_000);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutcomeReports reports;

    @Autowired
    OutcomeRebuild rebuild;

    /** 1.8 million outcome rows over a year (70 % ended in it), then the 12-month summary by treatment mode. */
    @Test
    void summaryAtNationalVolume() {
        long start = System.nanoTime();
        jdbc.sql("""
                insert into pathway_outcome (referral_id, pathway_id, data_source, team_id, step, received_on,
                    discharged_on, completed_treatment, treatment_contacts, caseness_at_start, not_caseness, recovery,
                    reliable_improvement, reliable_deterioration, reliable_recovery, treatment_mode,
                    first_treatment_wait_days, first_treatment_on, second_treatment_on, assessment_mode, telephone_share,
                    anxiety_measure, first_phq9, last_phq9, first_anxiety, last_anxiety, both_paired, phq9_band,
                    anxiety_band)
                select 2000000000 + g, 'BENCH-' || g, 'benchmark', 1, 2 + g % 2, day - 40,
                       case when g % 10 < 7 then day end, n >= 2, n, g % 9 <> 0, g % 9 = 0, n >= 2 and g % 2 = 0,
                       n >= 2 and g % 3 <> 0, n >= 2 and g % 17 = 0, n >= 2 and g % 2 = 0 and g % 3 <> 0,
                       case when n = 0 then null when g % 11 = 0 then 'mixed'
                            else (array['01','02','02','11','01','02','09','11'])[1 + g % 8] end,
                       case when n > 0 then 10 + g % 150 end, day - 30, day - 20, '02', 0.5, 'GAD7', 15, 8, 12, 6,
                       g % 5 <> 0, 'PHQ-9 15–19', 'GAD-7 10–14'
                from generate_series(1, ?) g,
                     lateral (select date '2091-01-01' + (g % 365) as day, g % 7 as n) x""").param(PATHWAYS).update();
        jdbc.sql("vacuum analyze pathway_outcome").update();
        System.out.printf("Inserted %,d outcome rows in %.1f s%n", PATHWAYS, seconds(start));

        List<Double> times = new ArrayList<>();
        OutcomeSummary summary = null;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            summary = reports.summary(LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31));
            times.add(seconds(t));
        }
        System.out.printf(
                "12-month summary of %,d ended pathways by treatment mode: %s s (runs), modes %s%n",
                summary.all().ended(), times, summary.byTreatmentMode().keySet());
        printPlan();
        jdbc.sql("delete from pathway_outcome where data_source = 'benchmark'").update();
    }

    private void printPlan() {
        jdbc.sql("""
                explain (analyze, buffers) select treatment_mode, count(*), count(*) filter (where completed_treatment),
                    count(*) filter (where recovery), count(*) filter (where both_paired)
                from pathway_outcome p where discharged_on between '2091-01-01' and '2091-12-31'
                group by treatment_mode""").query(String.class).list().forEach(System.out::println);
    }

    /** Referrals, contacts and scores written straight to their tables, then every outcome row rebuilt. */
    @Test
    void rebuild() {
        long teamId = jdbc.sql("insert into team (name) values ('Benchmark ' || clock_timestamp()) returning id")
                .query(Long.class)
                .single();
        long staffId = jdbc.sql("""
                insert into staff_user (username, display_name, password_hash, role, team_id)
                values ('bench.' || clock_timestamp(), 'Benchmark', 'x', 'PRACTITIONER', ?) returning id""").param(teamId).query(Long.class).single();
        long patientId = jdbc.sql("""
                insert into patient (team_id, nhs_number, given_name, family_name, date_of_birth, gender_code,
                    ethnic_category) values (?, '9990000000', 'Bench', 'Mark', '1980-01-01', '2', 'A') returning id""").param(teamId).query(Long.class).single();
        long start = System.nanoTime();
        jdbc.sql("""
                insert into referral (pathway_id, patient_id, team_id, source_code, received_date, step, stage,
                    stage_entered_on, discharge_date, end_code, data_source)
                select 'RB-' || g, ?, ?, 'A1', date '2090-01-01' + g % 365, 2 + g % 2,
                       case when g % 10 < 7 then 'DISCHARGED' else 'IN_TREATMENT' end, date '2090-01-01',
                       case when g % 10 < 7 then date '2090-06-01' + g % 365 end, case when g % 10 < 7 then '46' end,
                       'rebuild-benchmark'
                from generate_series(1, ?) g""").params(patientId, teamId, REBUILD_PATHWAYS).update();
        jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                    cons_mechanism, attendance)
                select r.id, r.patient_id, r.team_id, ?, r.received_date + 14 + 7 * k + time '10:00',
                       case when k = 0 then '01' else '02' end, (array['01','02','02','11'])[1 + (r.id + k) % 4],
                       (array['5','5','5','6','3','2'])[1 + (r.id * 7 + k) % 6]
                from referral r, generate_series(0, 5) k where r.data_source = 'rebuild-benchmark'""").param(staffId).update();
        jdbc.sql("""
                insert into measure_administration (patient_id, referral_id, instrument, snomed_code, completed_at, route,
                    total_score)
                select r.patient_id, r.id, m.instrument, m.snomed, r.received_date + 14 + 7 * k + time '09:00', 'IMPORTED',
                       greatest(0, m.start - 2 * k + (r.id % 5)::int)
                from referral r, generate_series(0, 5) k,
                     (values ('PHQ9', '720433000', 18), ('GAD7', '445455005', 14)) m(instrument, snomed, start)
                where r.data_source = 'rebuild-benchmark'""").update();
        jdbc.sql("analyze").update();
        System.out.printf(
                "Wrote %,d referrals, %,d appointments, %,d scores in %.1f s%n",
                REBUILD_PATHWAYS, REBUILD_PATHWAYS * 6L, REBUILD_PATHWAYS * 12L, seconds(start));

        long t = System.nanoTime();
        long rebuilt = rebuild.rebuildAll();
        double s = seconds(t);
        System.out.printf("rebuildAll: %,d pathways in %.1f s (%,.0f pathways a second)%n", rebuilt, s, rebuilt / s);
        t = System.nanoTime();
        rebuilt = rebuild.rebuildSource("rebuild-benchmark");
        s = seconds(t);
        System.out.printf("rebuildSource: %,d pathways in %.1f s (%,.0f pathways a second)%n", rebuilt, s, rebuilt / s);
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    }
}

package org.stepline.outcomes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.TestRecords;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.measures.MeasureRecorded;
import org.stepline.referrals.ReferralDischarged;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.events.ContactRecorded;

/**
 * Writes referrals, contacts and scores straight into the other modules' tables, as their own code would, and
 * publishes the event their code publishes, in one transaction, so that the outcome rows follow as they would in use.
 */
final class OutcomeFixtures {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    final long teamId;
    final CurrentStaff practitioner;
    final long patientId;

    OutcomeFixtures(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        var records = new TestRecords(jdbc);
        this.teamId = records.team();
        this.practitioner = records.clinician(teamId, Role.PRACTITIONER);
        this.patientId = records.patient(teamId, "Sam", LocalDate.of(1990, 5, 17));
    }

    record Pathway(long referralId, String pathwayId) {}

    /** An open referral; nothing is published, as the referrals module publishes nothing on a new referral. */
    Pathway referral(LocalDate received, int step, String problem) {
        String pathwayId = "OUT-" + TestRecords.next() + "-" + System.nanoTime();
        long id = jdbc.sql("""
                insert into referral (pathway_id, patient_id, team_id, source_code, received_date, presenting_problem,
                    step, practitioner_id, stage, stage_entered_on)
                values (?, ?, ?, 'A1', ?, ?, ?, ?, 'IN_TREATMENT', ?) returning id""")
                .params(pathwayId, patientId, teamId, received, problem, step, practitioner.id(), received)
                .query(Long.class)
                .single();
        return new Pathway(id, pathwayId);
    }

    long contact(Pathway pathway, LocalDate day, String type, String mode, String attendance) {
        return transactions.execute(tx -> {
            long id = jdbc.sql("""
                    insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                        cons_mechanism, attendance, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, now(), ?) returning id""")
                    .params(
                            pathway.referralId(),
                            patientId,
                            teamId,
                            practitioner.id(),
                            at(day, 10),
                            type,
                            mode,
                            attendance,
                            practitioner.id())
                    .query(Long.class)
                    .single();
            events.publishEvent(new ContactRecorded(
                    id,
                    pathway.referralId(),
                    patientId,
                    AppointmentType.of(type),
                    ConsultationMechanism.of(mode),
                    Attendance.of(attendance),
                    day));
            return id;
        });
    }

    void score(Pathway pathway, String instrument, String snomed, int total, LocalDate day) {
        transactions.executeWithoutResult(tx -> {
            long id = jdbc.sql("""
                    insert into measure_administration (patient_id, referral_id, instrument, snomed_code, completed_at,
                        route, total_score, entered_by)
                    values (?, ?, ?, ?, ?, 'IN_SESSION', ?, ?) returning id""")
                    .params(patientId, pathway.referralId(), instrument, snomed, at(day, 9), total, practitioner.id())
                    .query(Long.class)
                    .single();
            events.publishEvent(new MeasureRecorded(id, patientId, pathway.referralId(), instrument));
        });
    }

    void phq9(Pathway pathway, int total, LocalDate day) {
        score(pathway, "PHQ9", "720433000", total, day);
    }

    void gad7(Pathway pathway, int total, LocalDate day) {
        score(pathway, "GAD7", "445455005", total, day);
    }

    /** A PHQ-9 and a GAD-7 taken together. */
    void scores(Pathway pathway, int phq9, int gad7, LocalDate day) {
        phq9(pathway, phq9, day);
        gad7(pathway, gad7, day);
    }

    void discharge(Pathway pathway, LocalDate day) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    update referral set stage = 'DISCHARGED', stage_entered_on = ?, discharge_date = ?, end_code = '46'
                    where id = ?""").params(day, day, pathway.referralId()).update();
            events.publishEvent(new ReferralDischarged(pathway.referralId(), patientId, day, "46"));
        });
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }
}

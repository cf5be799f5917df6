package org.stepline.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.stepline.demo.DemoService.Appointment;
import org.stepline.demo.DemoService.Referral;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.sql.LoadingTables;

/**
 * Writes a generated demo service's patients, referrals, appointments and call attempts with PostgreSQL COPY.
 * <p>
 * This is a bulk seeder, like a migration: it is the one place outside the patients, referrals and scheduling
 * modules that writes their tables, because loading a service-sized database row by row through each module
 * would take minutes. It runs only in the caller's transaction (the demo loader's), so a failed load leaves
 * nothing behind. Ids are taken in blocks from each table's own identity sequence before the rows are written,
 * so that rows can refer to each other, and the statistics are refreshed at the end for the query planner.
 */
@Component
class DemoServiceWriter {

    private static final LocalTime RECEIVED_AT = LocalTime.of(10, 0);
    private static final LocalTime STAGE_CHANGED_AT = LocalTime.of(17, 0);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final InstrumentCatalogue catalogue;

    DemoServiceWriter(DataSource dataSource, JdbcClient jdbc, InstrumentCatalogue catalogue) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Writes everything but teams and staff, which are already enrolled with the given ids. */
    Map<String, Long> write(DemoService service, DemoScores.Histories scores, List<Long> teamIds, List<Long> staffIds)
            throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var ids = new Ids(
                    reserve("patient", service.patients().size()),
                    reserve("referral", service.referrals().size()),
                    reserve("appointment", (int) service.appointments().count()),
                    teamIds,
                    staffIds);
            var written = new LinkedHashMap<String, Long>();
            written.put("patient", writePatients(copy, service, ids));
            written.put("referral", writeReferrals(copy, service, ids));
            written.put("referral_stage_change", writeStageChanges(copy, service, ids));
            written.put("appointment", writeAppointments(copy, service, ids));
            written.put("call_attempt", writeCallAttempts(copy, service, ids));
            written.put("availability_slot", writeAvailability(copy, service, ids));
            long firstAdministration = reserve(
                    "measure_administration",
                    Math.max(1, scores.administrations().size()));
            written.put(
                    "measure_administration", writeAdministrations(copy, service, scores, ids, firstAdministration));
            written.put("measure_answer", writeAnswers(copy, scores, firstAdministration));
            written.put("risk_alert", writeRisks(copy, service, scores, ids, firstAdministration));
            LoadingTables.analyze(
                    jdbc,
                    "patient",
                    "referral",
                    "referral_stage_change",
                    "appointment",
                    "call_attempt",
                    "measure_administration",
                    "measure_answer",
                    "risk_alert",
                    "availability_slot");
            return written;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Database ids for the positions in the generated lists: each table's block of ids starts at its first. */
    private record Ids(
            long firstPatient, long firstReferral, long firstAppointment, List<Long> teams, List<Long> staff) {

        long patient(int index) {
            return firstPatient + index;
        }

        long referral(int index) {
            return firstReferral + index;
        }

        long appointment(int index) {
            return firstAppointment + index;
        }

        @Nullable
        Long staff(@Nullable Integer index) {
            return index == null ? null : staff.get(index);
        }
    }

    /**
     * Takes a block of {@code count} ids from the table's identity sequence and returns the first. The table is
     * locked against other writers until the load commits, so nobody else can take an id from the block.
     */
    private long reserve(String table, int count) {
        jdbc.sql("lock table " + table + " in exclusive mode").update();
        return jdbc.sql("select reserve_ids(?::regclass, ?)")
                .params(table, Math.max(1, count))
                .query(Long.class)
                .single();
    }

    private long writePatients(CopyManager copy, DemoService service, Ids ids) throws SQLException {
        var firstReferred = new HashMap<Integer, LocalDate>();
        for (Referral r : service.referrals()) {
            firstReferred.merge(r.patient(), r.receivedDate(), (a, b) -> a.isBefore(b) ? a : b);
        }
        try (var rows = new CopyRows(copy, """
                patient (id, team_id, nhs_number, given_name, family_name, date_of_birth, gender_code,
                ethnic_category, postcode, gp_practice_code, gp_practice_name, email, mobile_phone, landline_phone,
                preferred_phone, voicemail_allowed, safe_call_times, preferred_mode, mode_choice_offered, created_at,
                updated_at)""")) {
            for (int i = 0; i < service.patients().size(); i++) {
                var p = service.patients().get(i);
                Instant created = at(firstReferred.get(i), RECEIVED_AT);
                rows.row(
                        ids.patient(i),
                        ids.teams().get(p.team()),
                        p.nhsNumber(),
                        p.givenName(),
                        p.familyName(),
                        p.dateOfBirth(),
                        p.genderCode(),
                        p.ethnicCategory(),
                        p.postcode(),
                        p.gpPracticeCode(),
                        p.gpPracticeName(),
                        p.email(),
                        p.mobilePhone(),
                        p.landlinePhone(),
                        p.preferredPhone(),
                        p.voicemailAllowed(),
                        p.safeCallTimes(),
                        p.preferredMode(),
                        p.modeChoiceOffered(),
                        created,
                        created);
            }
            return rows.finish();
        }
    }

    private long writeReferrals(CopyManager copy, DemoService service, Ids ids) throws SQLException {
        try (var rows = new CopyRows(copy, """
                referral (id, pathway_id, patient_id, team_id, source_code, received_date, presenting_problem, step,
                practitioner_id, stage, stage_entered_on, discharge_date, end_code, created_at)""")) {
            for (int i = 0; i < service.referrals().size(); i++) {
                var r = service.referrals().get(i);
                rows.row(
                        ids.referral(i),
                        r.pathwayId(),
                        ids.patient(r.patient()),
                        ids.teams().get(r.team()),
                        r.sourceCode(),
                        r.receivedDate(),
                        r.presentingProblem(),
                        r.step(),
                        ids.staff(r.practitioner()),
                        r.stage().name(),
                        r.stageEnteredOn(),
                        r.dischargeDate(),
                        r.endCode(),
                        at(r.receivedDate(), RECEIVED_AT));
            }
            return rows.finish();
        }
    }

    private long writeStageChanges(CopyManager copy, DemoService service, Ids ids) throws SQLException {
        try (var rows =
                new CopyRows(copy, "referral_stage_change (referral_id, stage, entered_on, changed_at, changed_by)")) {
            for (int i = 0; i < service.referrals().size(); i++) {
                var r = service.referrals().get(i);
                for (int c = 0; c < r.stageChanges().size(); c++) {
                    var change = r.stageChanges().get(c);
                    // the referral's arrival is recorded by nobody in particular; later changes by its practitioner
                    rows.row(
                            ids.referral(i),
                            change.stage().name(),
                            change.enteredOn(),
                            at(change.enteredOn(), c == 0 ? RECEIVED_AT : STAGE_CHANGED_AT),
                            c == 0 ? null : ids.staff(r.practitioner()));
                }
            }
            return rows.finish();
        }
    }

    private long writeAppointments(CopyManager copy, DemoService service, Ids ids) throws SQLException {
        try (var rows = new CopyRows(copy, """
                appointment (id, referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                cons_mechanism, booked_mechanism, planned_minutes, attendance, duration_minutes, identity_confirmed,
                private_and_safe, patient_location, notes, recorded_at, recorded_by, created_at, modes_offered,
                preferred_mechanism)""")) {
            int a = 0;
            for (int i = 0; i < service.referrals().size(); i++) {
                var r = service.referrals().get(i);
                Instant received = at(r.receivedDate(), RECEIVED_AT);
                for (Appointment appointment : r.appointments()) {
                    boolean recorded = appointment.attendance().isOutcome();
                    Instant booked = appointment.startsAt().minus(Duration.ofDays(10));
                    rows.row(
                            ids.appointment(a++),
                            ids.referral(i),
                            ids.patient(r.patient()),
                            ids.teams().get(r.team()),
                            ids.staff(appointment.practitioner()),
                            appointment.startsAt(),
                            appointment.type().code(),
                            appointment.mode().code(),
                            appointment.mode().code(),
                            appointment.plannedMinutes(),
                            appointment.attendance().code(),
                            appointment.durationMinutes(),
                            appointment.identityConfirmed(),
                            appointment.privateAndSafe(),
                            appointment.patientLocation(),
                            appointment.notes(),
                            recorded ? recordedAt(appointment) : null,
                            recorded ? ids.staff(appointment.practitioner()) : null,
                            booked.isBefore(received) ? received : booked,
                            "{" + String.join(",", appointment.modesOffered()) + "}",
                            service.patients().get(r.patient()).preferredMode());
                }
            }
            return rows.finish();
        }
    }

    private long writeCallAttempts(CopyManager copy, DemoService service, Ids ids) throws SQLException {
        try (var rows = new CopyRows(copy, "call_attempt (appointment_id, attempted_at, outcome)")) {
            int a = 0;
            for (Referral r : service.referrals()) {
                for (Appointment appointment : r.appointments()) {
                    long appointmentId = ids.appointment(a++);
                    for (var attempt : appointment.callAttempts()) {
                        rows.row(appointmentId, attempt.attemptedAt(), attempt.outcome());
                    }
                }
            }
            return rows.finish();
        }
    }

    /**
     * Every clinician publishes the same weekly slots ({@link Diary#WEEKLY_SLOTS}, Monday to Friday, any mode),
     * held since the first referral arrived.
     */
    private long writeAvailability(CopyManager copy, DemoService service, Ids ids) throws SQLException {
        LocalDate since = service.referrals().stream()
                .map(Referral::receivedDate)
                .min(LocalDate::compareTo)
                .orElse(LocalDate.now(ServiceTime.ZONE));
        try (var rows = new CopyRows(copy, """
                availability_slot (practitioner_id, weekday, starts_at, length_minutes, valid_from)""")) {
            for (int i = 0; i < service.staff().size(); i++) {
                if (!service.staff().get(i).role().isClinician()) {
                    continue;
                }
                for (var day : Diary.WORKING_DAYS) {
                    for (LocalTime start : Diary.WEEKLY_SLOTS) {
                        rows.row(ids.staff(i), day.getValue(), start, Diary.SLOT_MINUTES, since);
                    }
                }
            }
            return rows.finish();
        }
    }

    private long writeAdministrations(
            CopyManager copy, DemoService service, DemoScores.Histories scores, Ids ids, long first)
            throws SQLException {
        try (var rows = new CopyRows(copy, """
                measure_administration (id, patient_id, referral_id, appointment_id, instrument, snomed_code,
                completed_at, route, total_score, severity, caseness, entered_by, created_at)""")) {
            long id = first;
            for (var a : scores.administrations()) {
                var referral = service.referrals().get(a.referral());
                var instrument = catalogue.require(a.instrument());
                int total = a.total();
                boolean inSession = a.route() == org.stepline.measures.MeasureRoute.IN_SESSION;
                rows.row(
                        id++,
                        ids.patient(referral.patient()),
                        ids.referral(a.referral()),
                        ids.appointment(a.appointment()),
                        instrument.id(),
                        instrument.codes().get("snomedTotal"),
                        a.completedAt(),
                        a.route().name(),
                        total,
                        instrument.bandOf(total).orElse(null),
                        instrument.isCase(total),
                        inSession ? ids.staff(referral.practitioner()) : null,
                        a.completedAt());
            }
            return rows.finish();
        }
    }

    private long writeAnswers(CopyManager copy, DemoScores.Histories scores, long first) throws SQLException {
        try (var rows = new CopyRows(copy, "measure_answer (administration_id, item_number, value)")) {
            long id = first;
            for (var a : scores.administrations()) {
                for (int item = 0; item < a.answers().length; item++) {
                    rows.row(id, item + 1, a.answers()[item]);
                }
                id++;
            }
            return rows.finish();
        }
    }

    private long writeRisks(CopyManager copy, DemoService service, DemoScores.Histories scores, Ids ids, long first)
            throws SQLException {
        var reason = catalogue.require("PHQ9").risk().getFirst().message();
        try (var rows = new CopyRows(copy, """
                risk_alert (patient_id, referral_id, team_id, administration_id, reason, raised_at, acknowledged_at,
                acknowledged_by, acknowledgement)""")) {
            for (var risk : scores.risks()) {
                var a = scores.administrations().get(risk.administration());
                var referral = service.referrals().get(a.referral());
                boolean acknowledged = risk.acknowledgedAt() != null;
                rows.row(
                        ids.patient(referral.patient()),
                        ids.referral(a.referral()),
                        ids.teams().get(referral.team()),
                        first + risk.administration(),
                        reason,
                        risk.raisedAt(),
                        risk.acknowledgedAt(),
                        acknowledged ? ids.staff(referral.practitioner()) : null,
                        risk.note());
            }
            return rows.finish();
        }
    }

    /** The outcome is recorded a quarter of an hour after the contact ends. */
    private static Instant recordedAt(Appointment appointment) {
        int minutes = appointment.durationMinutes() == null ? 10 : appointment.durationMinutes();
        return appointment.startsAt().plus(Duration.ofMinutes(minutes + 15L));
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ServiceTime.ZONE).toInstant();
    }
}

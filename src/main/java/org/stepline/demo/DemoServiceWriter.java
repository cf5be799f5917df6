package org.stepline.demo;

import static org.stepline.measures.AdministrationRows.Column.*;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepline.demo.DemoService.Appointment;
import org.stepline.demo.DemoService.Referral;
import org.stepline.measures.AdministrationRows;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasureBulkLoad;
import org.stepline.patients.PatientBulkLoad;
import org.stepline.patients.PatientRows;
import org.stepline.referrals.ReferralBulkLoad;
import org.stepline.referrals.ReferralRows;
import org.stepline.scheduling.AppointmentBulkLoad;
import org.stepline.scheduling.AppointmentRows;
import org.stepline.shared.ServiceTime;

/**
 * Writes a generated demo service's patients, referrals, appointments, call attempts, diary slots, scores and risk
 * alerts through their modules' bulk-load ports, in the caller's transaction (the demo loader's), so that a failed
 * load leaves nothing behind. Ids are reserved in each table first, so that rows can refer to each other; the
 * statistics are refreshed at the end for the query planner.
 */
@Component
class DemoServiceWriter {

    private static final LocalTime RECEIVED_AT = LocalTime.of(10, 0);
    private static final LocalTime STAGE_CHANGED_AT = LocalTime.of(17, 0);

    private final PatientBulkLoad patients;
    private final ReferralBulkLoad referrals;
    private final AppointmentBulkLoad appointments;
    private final MeasureBulkLoad measures;
    private final InstrumentCatalogue catalogue;

    DemoServiceWriter(
            PatientBulkLoad patients,
            ReferralBulkLoad referrals,
            AppointmentBulkLoad appointments,
            MeasureBulkLoad measures,
            InstrumentCatalogue catalogue) {
        this.patients = patients;
        this.referrals = referrals;
        this.appointments = appointments;
        this.measures = measures;
        this.catalogue = catalogue;
    }

    /** Writes everything but teams and staff, which are already enrolled with the given ids. */
    Map<String, Long> write(DemoService service, DemoScores.Histories scores, List<Long> teamIds, List<Long> staffIds)
            throws SQLException {
        var ids = new Ids(
                patients.reserveIds(service.patients().size()),
                referrals.reserveIds(service.referrals().size()),
                appointments.reserveIds(service.appointments().count()),
                teamIds,
                staffIds);
        var written = new LinkedHashMap<String, Long>();
        written.put("patient", writePatients(service, ids));
        written.put("referral", writeReferrals(service, ids));
        written.put("referral_stage_change", writeStageChanges(service, ids));
        written.put("appointment", writeAppointments(service, ids));
        written.put("call_attempt", writeCallAttempts(service, ids));
        written.put("availability_slot", writeAvailability(service, ids));
        long firstAdministration = measures.reserveIds(scores.administrations().size());
        written.put("measure_administration", writeAdministrations(service, scores, ids, firstAdministration));
        written.put("measure_answer", writeAnswers(scores, firstAdministration));
        written.put("risk_alert", writeRisks(service, scores, ids, firstAdministration));
        patients.analyze();
        referrals.analyze();
        appointments.analyze();
        measures.analyze();
        return written;
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

    private long writePatients(DemoService service, Ids ids) throws SQLException {
        var firstReferred = new HashMap<Integer, LocalDate>();
        for (Referral r : service.referrals()) {
            firstReferred.merge(r.patient(), r.receivedDate(), (a, b) -> a.isBefore(b) ? a : b);
        }
        var columns =
                EnumSet.complementOf(EnumSet.of(PatientRows.Column.LOCAL_PATIENT_ID, PatientRows.Column.DATA_SOURCE));
        try (var rows = patients.patients(columns)) {
            for (int i = 0; i < service.patients().size(); i++) {
                var p = service.patients().get(i);
                Instant created = at(firstReferred.get(i), RECEIVED_AT);
                rows.id(ids.patient(i))
                        .team(ids.teams().get(p.team()))
                        .nhsNumber(p.nhsNumber())
                        .name(p.givenName(), p.familyName())
                        .dateOfBirth(p.dateOfBirth())
                        .genderAndEthnicity(p.genderCode(), p.ethnicCategory())
                        .postcode(p.postcode())
                        .gpPractice(p.gpPracticeCode(), p.gpPracticeName())
                        .email(p.email())
                        .phones(p.mobilePhone(), p.landlinePhone(), p.preferredPhone())
                        .voicemailAllowed(p.voicemailAllowed())
                        .safeCallTimes(p.safeCallTimes())
                        .preferredMode(p.preferredMode())
                        .modeChoiceOffered(p.modeChoiceOffered())
                        .createdAndUpdatedAt(created, created)
                        .add();
            }
            return rows.finish();
        }
    }

    private long writeReferrals(DemoService service, Ids ids) throws SQLException {
        var columns = EnumSet.complementOf(EnumSet.of(ReferralRows.Column.DATA_SOURCE));
        try (var rows = referrals.referrals(columns)) {
            for (int i = 0; i < service.referrals().size(); i++) {
                var r = service.referrals().get(i);
                rows.id(ids.referral(i))
                        .pathwayId(r.pathwayId())
                        .patient(ids.patient(r.patient()))
                        .team(ids.teams().get(r.team()))
                        .sourceCode(r.sourceCode())
                        .receivedDate(r.receivedDate())
                        .presentingProblem(r.presentingProblem())
                        .step(r.step())
                        .practitioner(ids.staff(r.practitioner()))
                        .stage(r.stage(), r.stageEnteredOn())
                        .dischargeDate(r.dischargeDate())
                        .endCode(r.endCode())
                        .createdAt(at(r.receivedDate(), RECEIVED_AT))
                        .add();
            }
            return rows.finish();
        }
    }

    private long writeStageChanges(DemoService service, Ids ids) throws SQLException {
        try (var rows = referrals.stageChanges()) {
            for (int i = 0; i < service.referrals().size(); i++) {
                var r = service.referrals().get(i);
                for (int c = 0; c < r.stageChanges().size(); c++) {
                    var change = r.stageChanges().get(c);
                    // the referral's arrival is recorded by nobody in particular; later changes by its practitioner
                    rows.add(
                            ids.referral(i),
                            change.stage(),
                            change.enteredOn(),
                            at(change.enteredOn(), c == 0 ? RECEIVED_AT : STAGE_CHANGED_AT),
                            c == 0 ? null : ids.staff(r.practitioner()));
                }
            }
            return rows.finish();
        }
    }

    private long writeAppointments(DemoService service, Ids ids) throws SQLException {
        var columns = EnumSet.complementOf(EnumSet.of(
                AppointmentRows.Column.CARE_CONTACT_ID,
                AppointmentRows.Column.TIME_GIVEN,
                AppointmentRows.Column.PLANNED));
        try (var rows = appointments.appointments(columns)) {
            int a = 0;
            for (int i = 0; i < service.referrals().size(); i++) {
                var r = service.referrals().get(i);
                Instant received = at(r.receivedDate(), RECEIVED_AT);
                for (Appointment appointment : r.appointments()) {
                    boolean recorded = appointment.attendance().isOutcome();
                    Instant booked = appointment.startsAt().minus(Duration.ofDays(10));
                    rows.ids(
                                    ids.appointment(a++),
                                    ids.referral(i),
                                    ids.patient(r.patient()),
                                    ids.teams().get(r.team()),
                                    java.util.Objects.requireNonNull(ids.staff(appointment.practitioner())))
                            .startsAt(appointment.startsAt())
                            .contact(appointment.type(), appointment.mode(), appointment.attendance())
                            .booked(appointment.mode(), appointment.plannedMinutes())
                            .durationMinutes(appointment.durationMinutes())
                            .checks(
                                    appointment.identityConfirmed(),
                                    appointment.privateAndSafe(),
                                    appointment.patientLocation())
                            .notes(appointment.notes())
                            .recorded(
                                    recorded ? recordedAt(appointment) : null,
                                    recorded ? ids.staff(appointment.practitioner()) : null)
                            .createdAt(booked.isBefore(received) ? received : booked)
                            .choice(
                                    appointment.modesOffered(),
                                    service.patients().get(r.patient()).preferredMode())
                            .add();
                }
            }
            return rows.finish();
        }
    }

    private long writeCallAttempts(DemoService service, Ids ids) throws SQLException {
        try (var rows = appointments.callAttempts()) {
            int a = 0;
            for (Referral r : service.referrals()) {
                for (Appointment appointment : r.appointments()) {
                    long appointmentId = ids.appointment(a++);
                    for (var attempt : appointment.callAttempts()) {
                        rows.add(appointmentId, attempt.attemptedAt(), attempt.outcome());
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
    private long writeAvailability(DemoService service, Ids ids) throws SQLException {
        LocalDate since = service.referrals().stream()
                .map(Referral::receivedDate)
                .min(LocalDate::compareTo)
                .orElse(LocalDate.now(ServiceTime.ZONE));
        try (var rows = appointments.availability()) {
            for (int i = 0; i < service.staff().size(); i++) {
                if (!service.staff().get(i).role().isClinician()) {
                    continue;
                }
                for (var day : Diary.WORKING_DAYS) {
                    for (LocalTime start : Diary.WEEKLY_SLOTS) {
                        rows.add(java.util.Objects.requireNonNull(ids.staff(i)), day, start, Diary.SLOT_MINUTES, since);
                    }
                }
            }
            return rows.finish();
        }
    }

    /** Everything but what only an extract says (whether a time was given, a PEQ item's national answer). */
    private static final EnumSet<AdministrationRows.Column> DEMO_SCORE_COLUMNS =
            EnumSet.complementOf(EnumSet.of(TIME_GIVEN, ANSWER_CODE));

    private long writeAdministrations(DemoService service, DemoScores.Histories scores, Ids ids, long first)
            throws SQLException {
        try (var rows = measures.administrations(DEMO_SCORE_COLUMNS)) {
            long id = first;
            for (var a : scores.administrations()) {
                var referral = service.referrals().get(a.referral());
                var instrument = catalogue.require(a.instrument());
                int total = a.total();
                boolean inSession = a.route() == org.stepline.measures.MeasureRoute.IN_SESSION;
                rows.ids(id++, ids.patient(referral.patient()), ids.referral(a.referral()))
                        .appointment(ids.appointment(a.appointment()))
                        .instrument(instrument.id())
                        .snomedCode(instrument.codes().get("snomedTotal"))
                        .completedAt(a.completedAt())
                        .route(a.route())
                        .score(total, instrument.bandOf(total).orElse(null), instrument.isCase(total))
                        .enteredBy(inSession ? ids.staff(referral.practitioner()) : null)
                        .createdAt(a.completedAt())
                        .add();
            }
            return rows.finish();
        }
    }

    private long writeAnswers(DemoScores.Histories scores, long first) throws SQLException {
        try (var rows = measures.answers()) {
            long id = first;
            for (var a : scores.administrations()) {
                for (int item = 0; item < a.answers().length; item++) {
                    rows.add(id, item + 1, a.answers()[item]);
                }
                id++;
            }
            return rows.finish();
        }
    }

    private long writeRisks(DemoService service, DemoScores.Histories scores, Ids ids, long first) throws SQLException {
        var reason = catalogue.require("PHQ9").risk().getFirst().message();
        try (var rows = measures.riskAlerts()) {
            for (var risk : scores.risks()) {
                var a = scores.administrations().get(risk.administration());
                var referral = service.referrals().get(a.referral());
                boolean acknowledged = risk.acknowledgedAt() != null;
                rows.raised(
                                first + risk.administration(),
                                ids.patient(referral.patient()),
                                ids.referral(a.referral()),
                                ids.teams().get(referral.team()),
                                reason,
                                risk.raisedAt())
                        .acknowledged(
                                risk.acknowledgedAt(),
                                acknowledged ? ids.staff(referral.practitioner()) : null,
                                risk.note())
                        .add();
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

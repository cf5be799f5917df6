package org.stepline.datasets.internal;

import static org.stepline.datasets.internal.ExtractFormat.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.stepline.datasets.internal.Header.Column;
import org.stepline.measures.AdministrationRows;
import org.stepline.measures.MeasureBulkLoad;
import org.stepline.measures.MeasureRoute;
import org.stepline.patients.PatientBulkLoad;
import org.stepline.patients.PatientRows;
import org.stepline.referrals.ComplaintRows;
import org.stepline.referrals.ReferralBulkLoad;
import org.stepline.referrals.ReferralRows;
import org.stepline.scheduling.AppointmentBulkLoad;
import org.stepline.scheduling.AppointmentRows;
import org.stepline.scheduling.ImportedBookings;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.CodeForm;
import org.stepline.shared.codes.PresentingComplaint;
import org.stepline.shared.codes.PresentingProblems;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.LocalTimes;

/**
 * The second pass over a checked extract: reads the files again and streams their rows through the owners'
 * bulk-load ports (patients, referrals, scheduling, measures) inside the caller's transaction. Every id is known
 * before a row is written (a first id reserved per table plus the key's number from the check), so rows refer to
 * each other without reading anything back.
 */
final class ExtractWriter {

    /**
     * Where the rows go: the team, the accounts and the first id reserved in each table but the assessments';
     * {@code futureFrom}, the moment of the import (epoch second): a contact not yet happened (AttendOrDNACode 0)
     * dated then or later is a booking, handed to scheduling instead of copied.
     */
    record Targets(
            String source,
            long teamId,
            long[] patientIds,
            long[] practitionerIds,
            long unknownPractitionerId,
            long firstReferralId,
            long firstAppointmentId,
            long futureFrom) {}

    /** The owners' bulk-load ports the rows go through. */
    record Ports(
            PatientBulkLoad patients,
            ReferralBulkLoad referrals,
            AppointmentBulkLoad appointments,
            MeasureBulkLoad measures) {}

    record Written(long patients, long referrals, long appointments, long administrations) {}

    /** {@code appointments}: every care contact, the {@code future} ones (still to be booked) among them. */
    record Rest(long administrations, long appointments, List<ImportedBookings.Booking> future) {}

    private final CheckedExtract extract;
    private final KnownMeasures measures;
    private final Ports ports;
    private final Targets targets;
    private final ProgressMeter progress;
    private final ImportedPathways kept;
    private long firstAdministrationId;

    ExtractWriter(
            CheckedExtract extract,
            KnownMeasures measures,
            Ports ports,
            Targets targets,
            ProgressMeter progress,
            ImportedPathways kept) {
        this.extract = extract;
        this.measures = measures;
        this.ports = ports;
        this.targets = targets;
        this.progress = progress;
        this.kept = kept;
    }

    private static final java.util.Set<ReferralRows.Column> REFERRAL_COLUMNS_WRITTEN = java.util.EnumSet.of(
            ReferralRows.Column.ID,
            ReferralRows.Column.PATHWAY_ID,
            ReferralRows.Column.PATIENT_ID,
            ReferralRows.Column.TEAM_ID,
            ReferralRows.Column.RECEIVED_DATE,
            ReferralRows.Column.PRESENTING_PROBLEM,
            ReferralRows.Column.STAGE,
            ReferralRows.Column.STAGE_ENTERED_ON,
            ReferralRows.Column.DISCHARGE_DATE,
            ReferralRows.Column.END_CODE,
            ReferralRows.Column.DATA_SOURCE,
            ReferralRows.Column.PRACTITIONER_ID);

    long referrals() throws IOException, SQLException {
        try (var rows = ports.referrals().referrals(REFERRAL_COLUMNS_WRITTEN)) {
            return read(REFERRALS, REFERRAL_COLUMNS, rows, row -> referral(row, rows));
        }
    }

    /** The presenting complaints, when the extract has them, in the order given; returns how many. */
    long complaints() throws IOException, SQLException {
        if (!extract.complaintsGiven) {
            return 0;
        }
        try (var rows = ports.referrals().complaints()) {
            return read(COMPLAINTS, COMPLAINT_COLUMNS, rows, row -> complaint(row, rows));
        }
    }

    private int complaintRow;

    private void complaint(Row row, ComplaintRows out) throws SQLException {
        int position = complaintRow++;
        int pathway = row.find(extract.pathways, PC_PATHWAY);
        out.complaint(targets.firstReferralId() + pathway, position, PresentingProblems.canonical(row.text(PC_CODE)));
        if (row.present(PC_SIGNIFICANCE)) {
            int number = CodeForm.number(
                    row.bytes(PC_SIGNIFICANCE), row.offset(PC_SIGNIFICANCE), row.length(PC_SIGNIFICANCE));
            out.significance(number == 1 ? PresentingComplaint.PRIMARY : PresentingComplaint.SECONDARY);
        }
        if (row.present(PC_DATE)) {
            out.date(row.date(PC_DATE));
        }
        out.add();
    }

    private static final java.util.Set<AdministrationRows.Column> SCORE_COLUMNS_WRITTEN = java.util.EnumSet.of(
            AdministrationRows.Column.ID,
            AdministrationRows.Column.PATIENT_ID,
            AdministrationRows.Column.REFERRAL_ID,
            AdministrationRows.Column.APPOINTMENT_ID,
            AdministrationRows.Column.INSTRUMENT,
            AdministrationRows.Column.SNOMED_CODE,
            AdministrationRows.Column.COMPLETED_AT,
            AdministrationRows.Column.ROUTE,
            AdministrationRows.Column.TOTAL_SCORE,
            AdministrationRows.Column.SEVERITY,
            AdministrationRows.Column.CASENESS,
            AdministrationRows.Column.TIME_GIVEN,
            AdministrationRows.Column.ANSWER_CODE);

    private static final java.util.Set<AppointmentRows.Column> CONTACT_COLUMNS_WRITTEN = java.util.EnumSet.of(
            AppointmentRows.Column.ID,
            AppointmentRows.Column.REFERRAL_ID,
            AppointmentRows.Column.PATIENT_ID,
            AppointmentRows.Column.TEAM_ID,
            AppointmentRows.Column.PRACTITIONER_ID,
            AppointmentRows.Column.STARTS_AT,
            AppointmentRows.Column.APP_TYPE,
            AppointmentRows.Column.CONS_MECHANISM,
            AppointmentRows.Column.ATTENDANCE,
            AppointmentRows.Column.DURATION_MINUTES,
            AppointmentRows.Column.CARE_CONTACT_ID,
            AppointmentRows.Column.TIME_GIVEN,
            AppointmentRows.Column.PLANNED);

    /**
     * The assessments, then the past care contacts, each to a table of the import's own beside the live one (see
     * {@link AppointmentBulkLoad}); returns how many of each.
     */
    Rest assessmentsAndContacts(long firstAdministrationId) throws IOException, SQLException {
        this.firstAdministrationId = firstAdministrationId;
        // Assessments first: what was kept of their rows for writing can go before the contacts are kept.
        kept.keepScores(firstAdministrationId);
        long administrations;
        try (var rows = ports.measures().pastScores(firstAdministrationId, SCORE_COLUMNS_WRITTEN)) {
            administrations = read(ASSESSMENTS, ASSESSMENT_COLUMNS, rows, row -> administration(row, rows));
        }
        extract.forgetAssessmentRows();
        kept.keepContacts();
        long appointments;
        try (var rows = ports.appointments().pastContacts(targets.firstAppointmentId(), CONTACT_COLUMNS_WRITTEN)) {
            appointments = read(CONTACTS, CONTACT_COLUMNS, rows, row -> appointment(row, rows));
        }
        return new Rest(administrations, appointments + future.size(), future);
    }

    private static final java.util.Set<PatientRows.Column> PATIENT_COLUMNS_WRITTEN = java.util.EnumSet.of(
            PatientRows.Column.ID,
            PatientRows.Column.TEAM_ID,
            PatientRows.Column.LOCAL_PATIENT_ID,
            PatientRows.Column.GIVEN_NAME,
            PatientRows.Column.FAMILY_NAME,
            PatientRows.Column.GENDER_CODE,
            PatientRows.Column.ETHNIC_CATEGORY,
            PatientRows.Column.DATA_SOURCE,
            PatientRows.Column.NHS_NUMBER,
            PatientRows.Column.DATE_OF_BIRTH,
            PatientRows.Column.POSTCODE,
            PatientRows.Column.GP_PRACTICE_CODE,
            PatientRows.Column.MOBILE_PHONE,
            PatientRows.Column.LANDLINE_PHONE,
            PatientRows.Column.EMAIL,
            PatientRows.Column.VOICEMAIL_ALLOWED,
            PatientRows.Column.SAFE_CALL_TIMES,
            PatientRows.Column.PREFERRED_MODE,
            PatientRows.Column.MODE_CHOICE_OFFERED);

    /**
     * Patients met for the first time: as patients.csv describes them, else known only by their LocalPatientId (see
     * V8__datasets.sql). What the extract does not say stays empty: voicemail consent and whether a choice of mode was
     * offered are "not recorded" (null), never a no.
     */
    static long patients(
            PatientBulkLoad load,
            CheckedExtract extract,
            long[] newPatients,
            long[] patientIds,
            long teamId,
            String source)
            throws SQLException, IOException {
        var isNew = new java.util.BitSet();
        for (long patient : newPatients) {
            isNew.set((int) patient);
        }
        try (var rows = load.patients(PATIENT_COLUMNS_WRITTEN)) {
            if (extract.patientsGiven) {
                describedPatients(extract, rows, isNew, patientIds, teamId, source);
            }
            for (long patient : newPatients) {
                if (!isNew.get((int) patient)) {
                    continue; // described above
                }
                String localId = extract.patients.key((int) patient);
                rows.id(patientIds[(int) patient])
                        .team(teamId)
                        .localPatientId(localId)
                        .name("", "Imported patient " + localId)
                        .genderAndEthnicity("X", "99")
                        .dataSource(source)
                        .add();
            }
            return rows.finish();
        }
    }

    /** The new patients patients.csv describes, in its order; each is cleared from {@code isNew} once written. */
    private static void describedPatients(
            CheckedExtract extract,
            PatientRows rows,
            java.util.BitSet isNew,
            long[] patientIds,
            long teamId,
            String source)
            throws IOException, SQLException {
        Path path = extract.directory.resolve(PATIENTS);
        try (InputStream in = Files.newInputStream(path);
                var reader = new CsvReader(in)) {
            var header = Header.read(reader, PATIENTS, PATIENT_COLUMNS, new Problems());
            var row = new Row(reader, header);
            while (reader.next()) {
                int patient = row.find(extract.patients, P_PATIENT);
                if (!isNew.get(patient)) {
                    continue; // a patient already in Stepline keeps what Stepline knows of them
                }
                isNew.clear(patient);
                String localId = extract.patients.key(patient);
                String family = PatientFields.text(row, P_FAMILY_NAME);
                rows.id(patientIds[patient])
                        .team(teamId)
                        .localPatientId(localId)
                        .name(
                                orElse(PatientFields.text(row, P_GIVEN_NAME), ""),
                                orElse(family, "Imported patient " + localId))
                        .genderAndEthnicity(
                                orElse(PatientFields.gender(row), "X"), orElse(PatientFields.ethnicity(row), "99"))
                        .dataSource(source)
                        .nhsNumber(PatientFields.nhsNumber(row));
                if (row.present(P_BIRTH_DATE)) {
                    rows.dateOfBirth(row.date(P_BIRTH_DATE));
                }
                var mode = PatientFields.preferredMode(row);
                rows.postcode(PatientFields.text(row, P_POSTCODE))
                        .gpPractice(PatientFields.text(row, P_GP_PRACTICE), null)
                        .phones(PatientFields.text(row, P_MOBILE), PatientFields.text(row, P_LANDLINE), null)
                        .email(PatientFields.text(row, P_EMAIL))
                        .voicemailAllowed(PatientFields.voicemail(row))
                        .safeCallTimes(PatientFields.text(row, P_SAFE_TIMES))
                        .preferredMode(mode == null ? null : mode.code())
                        .add();
            }
        }
    }

    private static String orElse(@org.jspecify.annotations.Nullable String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** Writes one row of a file to its table (or, for a booking still to come, keeps it aside). */
    private interface RowWriter {
        void write(Row row) throws SQLException;
    }

    /**
     * Reads {@code file} again, row by row, handing each row to {@code writer}, which adds it to {@code rows}; returns
     * how many were written once the copy is finished (the database checks the rows' foreign keys then, so the time
     * reported includes them).
     */
    private long read(String file, List<Column> columns, BulkRows<?> rows, RowWriter writer)
            throws IOException, SQLException {
        Path path = extract.directory.resolve(file);
        try (InputStream in = Files.newInputStream(path);
                var reader = new CsvReader(in)) {
            var header = Header.read(reader, file, columns, new Problems());
            var row = new Row(reader, header);
            progress.start("Writing", file, Files.size(path));
            long read = 0;
            while (reader.next()) {
                writer.write(row);
                progress.row(++read, reader.consumed());
            }
            long written = rows.finish();
            progress.done("Wrote", written);
            return written;
        }
    }

    /** A pathway's number is its row's: the check made sure that each row brings a new PathwayID. */
    private int pathway;

    private void referral(Row row, ReferralRows out) throws SQLException {
        int pathway = this.pathway++;
        int received = extract.received.get(pathway);
        int discharged = extract.discharged.get(pathway);
        var stage = ImportedStage.of(
                Fields.localDate(received),
                day(discharged),
                day(extract.firstAttended.get(pathway)),
                day(extract.firstTreatment.get(pathway)));
        out.id(targets.firstReferralId() + pathway)
                .pathwayId(row.bytes(R_PATHWAY), row.offset(R_PATHWAY), row.length(R_PATHWAY))
                .patient(targets.patientIds()[extract.patientOf.get(pathway)])
                .team(targets.teamId())
                .receivedDate(received);
        var complaint = extract.chosenComplaint.get(pathway);
        String problem = complaint != null
                ? complaint.code()
                : row.present(R_PROBLEM) ? PresentingProblems.canonical(row.text(R_PROBLEM)) : null;
        out.presentingProblem(problem).stage(stage.stage(), stage.enteredOn());
        if (discharged != CheckedExtract.NONE) {
            out.dischargeDate(discharged);
        }
        String endCode = row.present(R_END_CODE)
                ? ExtractCodes.endCode(row.bytes(R_END_CODE), row.offset(R_END_CODE), row.length(R_END_CODE))
                : null;
        out.endCode(endCode).dataSource(targets.source());
        if (row.present(R_PRACTITIONER)) {
            out.practitioner(targets.practitionerIds()[row.find(extract.professionals, R_PRACTITIONER)]);
        }
        out.add();
        kept.referral(pathway, problem, endCode);
    }

    /** A contact's number is its row's: the check made sure that each row brings a new CareContactId. */
    private int contact;

    /** Local times read in the service's time zone, as PostgreSQL would read them as text. */
    private final LocalTimes times = new LocalTimes(ServiceTime.ZONE);

    /** The contacts still to come, booked through scheduling once the copy is done (few, or none). */
    private final List<ImportedBookings.Booking> future = new java.util.ArrayList<>();

    private void appointment(Row row, AppointmentRows out) throws SQLException {
        int contact = this.contact++;
        int pathway = extract.contactPathway.get(contact);
        boolean timeGiven = row.present(C_TIME);
        int day = row.date(C_DATE);
        int minutes = timeGiven ? row.time(C_TIME) : 0;
        long startsAt = times.epochSecond(day, minutes * 60);
        int appType = ExtractCodes.appType(row.bytes(C_APP_TYPE), row.offset(C_APP_TYPE), row.length(C_APP_TYPE));
        int attendance =
                ExtractCodes.attendance(row.bytes(C_ATTENDANCE), row.offset(C_ATTENDANCE), row.length(C_ATTENDANCE));
        var mode = ExtractCodes.modeOf(row.bytes(C_MODE), row.offset(C_MODE), row.length(C_MODE));
        int planned = row.present(C_PLANNED)
                ? ExtractCodes.planned(row.bytes(C_PLANNED), row.offset(C_PLANNED), row.length(C_PLANNED))
                : -1;
        kept.contact(pathway, contact, day, minutes, appType, attendance, mode.ordinal(), planned == 0);
        int duration = row.present(C_DURATION) ? row.wholeNumber(C_DURATION) : -1; // the check allows 0 to 600
        if (attendance == NOT_YET && startsAt >= targets.futureFrom()) {
            future.add(new ImportedBookings.Booking(
                    targets.firstAppointmentId() + contact,
                    targets.firstReferralId() + pathway,
                    patientIdOf(pathway),
                    targets.teamId(),
                    practitionerOf(row),
                    java.time.Instant.ofEpochSecond(startsAt),
                    timeGiven,
                    ExtractCodes.APP_TYPES[appType],
                    mode,
                    duration < 0 ? null : duration,
                    row.text(C_CONTACT),
                    planned < 0 ? null : planned == 1));
            return;
        }
        out.ids(
                        targets.firstAppointmentId() + contact,
                        targets.firstReferralId() + pathway,
                        patientIdOf(pathway),
                        targets.teamId(),
                        practitionerOf(row))
                .startsAt(startsAt)
                .contact(ExtractCodes.APP_TYPES[appType], mode, ExtractCodes.ATTENDANCES[attendance])
                .careContactId(row.bytes(C_CONTACT), row.offset(C_CONTACT), row.length(C_CONTACT))
                .timeGiven(timeGiven);
        if (duration >= 0) {
            out.durationMinutes(duration);
        }
        if (planned >= 0) {
            out.planned(planned == 1);
        }
        out.add();
    }

    private static final int NOT_YET = Attendance.NOT_YET.ordinal();

    private long practitionerOf(Row row) {
        if (!row.present(C_PROFESSIONAL)) {
            return targets.unknownPractitionerId();
        }
        return targets.practitionerIds()[row.find(extract.professionals, C_PROFESSIONAL)];
    }

    private long administrationId;

    private void administration(Row row, AdministrationRows out) throws SQLException {
        int number = (int) administrationId++;
        int pathway = extract.assessmentPathway.get(number);
        out.ids(firstAdministrationId + number, patientIdOf(pathway), targets.firstReferralId() + pathway);
        if (row.present(A_CONTACT)) {
            out.appointment(targets.firstAppointmentId() + extract.assessmentContact.get(number));
        }
        byte[] tool = row.bytes(A_TOOL);
        int toolOffset = row.offset(A_TOOL);
        int toolLength = row.length(A_TOOL);
        var measure = measures.find(tool, toolOffset, toolLength);
        String instrumentId;
        if (measure == null) {
            instrumentId = null;
            out.instrument(tool, toolOffset, toolLength);
        } else {
            instrumentId = measure.instrumentId();
            out.instrument(instrumentId);
        }
        out.snomedCode(tool, toolOffset, toolLength);
        boolean timeGiven = row.present(A_TIME);
        int day = row.date(A_DATE);
        int minutes = timeGiven ? row.time(A_TIME) : 0;
        out.completedAt(times.epochSecond(day, minutes * 60));
        var item = measure == null ? measures.item(tool, toolOffset, toolLength) : null;
        var answer = item == null ? null : item.answer(row.text(A_SCORE));
        Integer score = answer == null ? Integer.valueOf(row.wholeNumber(A_SCORE)) : answer.score();
        // a PEQ item answered NA or 99 has no value: kept as 0, which no outcome reads (it is no outcome measure)
        kept.score(pathway, number, day, minutes, row, A_TOOL, instrumentId, score == null ? 0 : score);
        out.route(MeasureRoute.IMPORTED);
        if (measure == null) {
            out.score(score, null, null);
        } else {
            out.score(score, measure.severityOf(score), measure.casenessOf(score));
        }
        out.timeGiven(timeGiven)
                .answerCode(answer == null ? null : answer.code())
                .add();
    }

    private long patientIdOf(int pathway) {
        return targets.patientIds()[extract.patientOf.get(pathway)];
    }

    private static java.time.LocalDate day(int epochDay) {
        return epochDay == CheckedExtract.NONE ? null : Fields.localDate(epochDay);
    }
}

package org.stepline.datasets.internal;

import static org.stepline.datasets.internal.ExtractFormat.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.copy.CopyManager;
import org.stepline.datasets.internal.Header.Column;
import org.stepline.measures.MeasureRoute;
import org.stepline.scheduling.ImportedBookings;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.CodeForm;
import org.stepline.shared.codes.PresentingComplaint;
import org.stepline.shared.codes.PresentingProblems;
import org.stepline.shared.sql.BinaryCopy;
import org.stepline.shared.sql.BinaryRows;
import org.stepline.shared.sql.LocalTimes;

/**
 * The second pass over a checked extract: reads the files again and streams their rows into the patient,
 * referral, appointment and measure_administration tables with COPY, inside the caller's transaction. Every id is
 * known before a row is written (a first id reserved per table plus the key's number from the check), so rows
 * refer to each other without reading anything back.
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
            long futureFrom) {

        /** The table the care contacts go to: the import's own (see {@link ImportTables}). */
        String contactTable() {
            return ImportTables.of(ImportTables.CONTACTS, firstAppointmentId);
        }
    }

    record Written(long patients, long referrals, long appointments, long administrations) {}

    /** {@code appointments}: every care contact, the {@code future} ones (still to be booked) among them. */
    record Rest(long administrations, long appointments, List<ImportedBookings.Booking> future) {}

    private final CheckedExtract extract;
    private final KnownMeasures measures;
    private final CopyManager copy;
    private final Targets targets;
    private final ProgressMeter progress;
    private final ImportedPathways kept;
    private long firstAdministrationId;

    ExtractWriter(
            CheckedExtract extract,
            KnownMeasures measures,
            CopyManager copy,
            Targets targets,
            ProgressMeter progress,
            ImportedPathways kept) {
        this.extract = extract;
        this.measures = measures;
        this.copy = copy;
        this.targets = targets;
        this.progress = progress;
        this.kept = kept;
    }

    long referrals() throws IOException, SQLException {
        return read(REFERRALS, REFERRAL_COLUMNS, """
                referral (id, pathway_id, patient_id, team_id, received_date, presenting_problem, stage,
                stage_entered_on, discharge_date, end_code, data_source, practitioner_id)""", this::referral);
    }

    /** The presenting complaints, when the extract has them, in the order given; returns how many. */
    long complaints() throws IOException, SQLException {
        if (!extract.complaintsGiven) {
            return 0;
        }
        return read(COMPLAINTS, COMPLAINT_COLUMNS, """
                presenting_complaint (referral_id, position, code, significance, complaint_date)""", this::complaint);
    }

    private int complaintRow;

    private void complaint(Row row, BinaryRows out) {
        int position = complaintRow++;
        int pathway = row.find(extract.pathways, PC_PATHWAY);
        out.int8(targets.firstReferralId() + pathway)
                .int4(position)
                .text(PresentingProblems.canonical(row.text(PC_CODE)));
        if (row.present(PC_SIGNIFICANCE)) {
            int number = CodeForm.number(
                    row.bytes(PC_SIGNIFICANCE), row.offset(PC_SIGNIFICANCE), row.length(PC_SIGNIFICANCE));
            out.text(number == 1 ? PresentingComplaint.PRIMARY : PresentingComplaint.SECONDARY);
        } else {
            out.nul();
        }
        if (row.present(PC_DATE)) {
            out.date(row.date(PC_DATE));
        } else {
            out.nul();
        }
    }

    /** The assessments, to {@code assessmentTable}, then the care contacts; returns how many of each. */
    Rest assessmentsAndContacts(long firstAdministrationId, String assessmentTable) throws IOException, SQLException {
        this.firstAdministrationId = firstAdministrationId;
        // Assessments first: what was kept of their rows for writing can go before the contacts are kept.
        kept.keepScores(firstAdministrationId);
        long administrations = read(ASSESSMENTS, ASSESSMENT_COLUMNS, assessmentTable + """
                 (id, patient_id, referral_id, appointment_id, instrument, snomed_code,
                completed_at, route, total_score, severity, caseness, time_given, answer_code)""", this::administration);
        extract.forgetAssessmentRows();
        kept.keepContacts();
        long appointments = read(CONTACTS, CONTACT_COLUMNS, targets.contactTable() + """
                 (id, referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                cons_mechanism, attendance, duration_minutes, care_contact_id, time_given, planned)""", this::appointment);
        return new Rest(administrations, appointments + future.size(), future);
    }

    private static final String PATIENT_COLUMNS_WRITTEN = """
            patient (id, team_id, local_patient_id, given_name, family_name, gender_code, ethnic_category, data_source,
            nhs_number, date_of_birth, postcode, gp_practice_code, mobile_phone, landline_phone, email,
            voicemail_allowed, safe_call_times, preferred_mode, mode_choice_offered)""";

    /**
     * Patients met for the first time: as patients.csv describes them, else known only by their LocalPatientId (see
     * V8__datasets.sql). What the extract does not say stays empty: voicemail consent and whether a choice of mode was
     * offered are "not recorded" (null), never a no.
     */
    static long patients(
            CopyManager copy, CheckedExtract extract, long[] newPatients, long[] patientIds, long teamId, String source)
            throws SQLException, IOException {
        var isNew = new java.util.BitSet();
        for (long patient : newPatients) {
            isNew.set((int) patient);
        }
        try (var rows = new BinaryCopy(copy, PATIENT_COLUMNS_WRITTEN)) {
            if (extract.patientsGiven) {
                describedPatients(extract, rows, isNew, patientIds, teamId, source);
            }
            for (long patient : newPatients) {
                if (!isNew.get((int) patient)) {
                    continue; // described above
                }
                String localId = extract.patients.key((int) patient);
                rows.row()
                        .int8(patientIds[(int) patient])
                        .int8(teamId)
                        .text(localId)
                        .text("")
                        .text("Imported patient " + localId)
                        .text("X")
                        .text("99")
                        .text(source)
                        .nul()
                        .nul()
                        .nul()
                        .nul()
                        .nul()
                        .nul()
                        .nul()
                        .nul()
                        .nul()
                        .nul()
                        .nul();
                rows.endRow();
            }
            return rows.finish();
        }
    }

    /** The new patients patients.csv describes, in its order; each is cleared from {@code isNew} once written. */
    private static void describedPatients(
            CheckedExtract extract,
            BinaryCopy rows,
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
                var out = rows.row()
                        .int8(patientIds[patient])
                        .int8(teamId)
                        .text(localId)
                        .text(orElse(PatientFields.text(row, P_GIVEN_NAME), ""))
                        .text(orElse(family, "Imported patient " + localId))
                        .text(orElse(PatientFields.gender(row), "X"))
                        .text(orElse(PatientFields.ethnicity(row), "99"))
                        .text(source)
                        .textOrNull(PatientFields.nhsNumber(row));
                if (row.present(P_BIRTH_DATE)) {
                    out.date(row.date(P_BIRTH_DATE));
                } else {
                    out.nul();
                }
                out.textOrNull(PatientFields.text(row, P_POSTCODE))
                        .textOrNull(PatientFields.text(row, P_GP_PRACTICE))
                        .textOrNull(PatientFields.text(row, P_MOBILE))
                        .textOrNull(PatientFields.text(row, P_LANDLINE))
                        .textOrNull(PatientFields.text(row, P_EMAIL));
                Boolean voicemail = PatientFields.voicemail(row);
                if (voicemail == null) {
                    out.nul();
                } else {
                    out.bool(voicemail);
                }
                var mode = PatientFields.preferredMode(row);
                out.textOrNull(PatientFields.text(row, P_SAFE_TIMES))
                        .textOrNull(mode == null ? null : mode.code())
                        .nul();
                rows.endRow();
            }
        }
    }

    private static String orElse(@org.jspecify.annotations.Nullable String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private interface RowWriter {
        void write(Row row, BinaryRows out) throws SQLException;
    }

    /** A writer that may leave a row out of the copy: false when it wrote nothing. */
    private interface SomeRowsWriter {
        boolean write(Row row, BinaryRows out) throws SQLException;
    }

    private long read(String file, List<Column> columns, String table, RowWriter writer)
            throws IOException, SQLException {
        return read(file, columns, table, (SomeRowsWriter) (row, out) -> {
            writer.write(row, out);
            return true;
        });
    }

    private long read(String file, List<Column> columns, String table, SomeRowsWriter writer)
            throws IOException, SQLException {
        Path path = extract.directory.resolve(file);
        try (InputStream in = Files.newInputStream(path);
                var reader = new CsvReader(in);
                var out = new BinaryCopy(copy, table)) {
            var header = Header.read(reader, file, columns, new Problems());
            var row = new Row(reader, header);
            progress.start("Writing", file, Files.size(path));
            long rows = 0;
            while (reader.next()) {
                if (writer.write(row, out.row())) {
                    out.endRow();
                }
                progress.row(++rows, reader.consumed());
            }
            long written = out.finish();
            progress.done("Wrote", written);
            return written;
        }
    }

    /** A pathway's number is its row's: the check made sure that each row brings a new PathwayID. */
    private int pathway;

    private void referral(Row row, BinaryRows out) {
        int pathway = this.pathway++;
        int received = extract.received.get(pathway);
        int discharged = extract.discharged.get(pathway);
        var stage = ImportedStage.of(
                Fields.localDate(received),
                day(discharged),
                day(extract.firstAttended.get(pathway)),
                day(extract.firstTreatment.get(pathway)));
        out.int8(targets.firstReferralId() + pathway)
                .text(row.bytes(R_PATHWAY), row.offset(R_PATHWAY), row.length(R_PATHWAY))
                .int8(targets.patientIds()[extract.patientOf.get(pathway)])
                .int8(targets.teamId())
                .date(received);
        var complaint = extract.chosenComplaint.get(pathway);
        String problem = complaint != null
                ? complaint.code()
                : row.present(R_PROBLEM) ? PresentingProblems.canonical(row.text(R_PROBLEM)) : null;
        out.textOrNull(problem);
        out.text(stage.stage().name()).date(stage.enteredOn().toEpochDay());
        if (discharged == CheckedExtract.NONE) {
            out.nul();
        } else {
            out.date(discharged);
        }
        String endCode = row.present(R_END_CODE)
                ? ExtractCodes.endCode(row.bytes(R_END_CODE), row.offset(R_END_CODE), row.length(R_END_CODE))
                : null;
        out.textOrNull(endCode);
        out.text(targets.source());
        if (row.present(R_PRACTITIONER)) {
            out.int8(targets.practitionerIds()[row.find(extract.professionals, R_PRACTITIONER)]);
        } else {
            out.nul();
        }
        kept.referral(pathway, problem, endCode);
    }

    /** A contact's number is its row's: the check made sure that each row brings a new CareContactId. */
    private int contact;

    /** Local times read in the service's time zone, as PostgreSQL would read them as text. */
    private final LocalTimes times = new LocalTimes(ServiceTime.ZONE);

    /** The contacts still to come, booked through scheduling once the copy is done (few, or none). */
    private final List<ImportedBookings.Booking> future = new java.util.ArrayList<>();

    private boolean appointment(Row row, BinaryRows out) {
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
            return false;
        }
        out.int8(targets.firstAppointmentId() + contact)
                .int8(targets.firstReferralId() + pathway)
                .int8(patientIdOf(pathway))
                .int8(targets.teamId())
                .int8(practitionerOf(row))
                .timestamptz(startsAt)
                .text(ExtractCodes.APP_TYPES[appType].code())
                .text(mode.code())
                .text(ExtractCodes.ATTENDANCES[attendance].code());
        if (duration < 0) {
            out.nul();
        } else {
            out.int4(duration);
        }
        out.text(row.bytes(C_CONTACT), row.offset(C_CONTACT), row.length(C_CONTACT))
                .bool(timeGiven);
        if (planned < 0) {
            out.nul();
        } else {
            out.bool(planned == 1);
        }
        return true;
    }

    private static final int NOT_YET = Attendance.NOT_YET.ordinal();

    private long practitionerOf(Row row) {
        if (!row.present(C_PROFESSIONAL)) {
            return targets.unknownPractitionerId();
        }
        return targets.practitionerIds()[row.find(extract.professionals, C_PROFESSIONAL)];
    }

    private long administrationId;

    private void administration(Row row, BinaryRows out) {
        int number = (int) administrationId++;
        int pathway = extract.assessmentPathway.get(number);
        out.int8(firstAdministrationId + number).int8(patientIdOf(pathway)).int8(targets.firstReferralId() + pathway);
        if (row.present(A_CONTACT)) {
            out.int8(targets.firstAppointmentId() + extract.assessmentContact.get(number));
        } else {
            out.nul();
        }
        byte[] tool = row.bytes(A_TOOL);
        int toolOffset = row.offset(A_TOOL);
        int toolLength = row.length(A_TOOL);
        var measure = measures.find(tool, toolOffset, toolLength);
        String instrumentId;
        if (measure == null) {
            instrumentId = null;
            out.text(tool, toolOffset, toolLength);
        } else {
            instrumentId = measure.instrumentId();
            out.text(instrumentId);
        }
        out.text(row.bytes(A_TOOL), row.offset(A_TOOL), row.length(A_TOOL));
        boolean timeGiven = row.present(A_TIME);
        int day = row.date(A_DATE);
        int minutes = timeGiven ? row.time(A_TIME) : 0;
        out.timestamptz(times.epochSecond(day, minutes * 60));
        var item = measure == null ? measures.item(tool, toolOffset, toolLength) : null;
        var answer = item == null ? null : item.answer(row.text(A_SCORE));
        Integer score = answer == null ? Integer.valueOf(row.wholeNumber(A_SCORE)) : answer.score();
        // a PEQ item answered NA or 99 has no value: kept as 0, which no outcome reads (it is no outcome measure)
        kept.score(pathway, number, day, minutes, row, A_TOOL, instrumentId, score == null ? 0 : score);
        out.text(MeasureRoute.IMPORTED.name());
        if (score == null) {
            out.nul();
        } else {
            out.int4(score);
        }
        if (measure == null) {
            out.nul().nul();
        } else {
            out.textOrNull(measure.severityOf(score));
            Boolean caseness = measure.casenessOf(score);
            if (caseness == null) {
                out.nul();
            } else {
                out.bool(caseness);
            }
        }
        out.bool(timeGiven);
        out.textOrNull(answer == null ? null : answer.code());
    }

    private long patientIdOf(int pathway) {
        return targets.patientIds()[extract.patientOf.get(pathway)];
    }

    private static void optionalText(Row row, int column, BinaryRows out) {
        if (row.present(column)) {
            out.text(row.bytes(column), row.offset(column), row.length(column));
        } else {
            out.nul();
        }
    }

    private static java.time.LocalDate day(int epochDay) {
        return epochDay == CheckedExtract.NONE ? null : Fields.localDate(epochDay);
    }
}

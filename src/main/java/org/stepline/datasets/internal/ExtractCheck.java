package org.stepline.datasets.internal;

import static org.stepline.datasets.internal.ExtractFormat.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stepline.datasets.internal.Header.Column;
import org.stepline.shared.codes.CodeForm;
import org.stepline.shared.codes.PresentingComplaint;
import org.stepline.shared.codes.PresentingProblems;
import org.stepline.shared.csv.Csv;

/**
 * The first pass over an extract: reads the three files one row at a time and checks every value, reference and
 * duplicate, collecting every problem (nothing stops at the first). Writes nothing anywhere. Files are read in
 * the order referrals, care contacts, assessments, since each refers to the ones before.
 */
final class ExtractCheck {

    private final Path directory;
    private final KnownMeasures measures;
    private final ProgressMeter progress;
    private final Problems problems = new Problems(REFERRALS, COMPLAINTS, PATIENTS, CONTACTS, ASSESSMENTS);
    private final java.time.LocalDate today = java.time.LocalDate.now(org.stepline.shared.ServiceTime.ZONE);
    private final CheckedExtract extract;

    ExtractCheck(Path directory, KnownMeasures measures, ProgressMeter progress) {
        this.directory = directory;
        this.measures = measures;
        this.progress = progress;
        this.extract = new CheckedExtract(directory);
    }

    Problems problems() {
        return problems;
    }

    CheckedExtract run() throws IOException {
        referrals();
        contacts();
        assessments();
        return extract;
    }

    CheckedExtract extract() {
        return extract;
    }

    private boolean referralsRead;
    private boolean contactsRead;

    /** The first of the three stages, which must be taken in this order (each file refers to the ones before). */
    void referrals() throws IOException {
        referralsRead = read(REFERRALS, REFERRAL_COLUMNS, this::referral);
        if (Files.isRegularFile(directory.resolve(COMPLAINTS))) {
            extract.complaintsGiven = true;
            read(COMPLAINTS, COMPLAINT_COLUMNS, this::complaint);
        }
        if (Files.isRegularFile(directory.resolve(PATIENTS))) {
            extract.patientsGiven = true;
            read(PATIENTS, PATIENT_COLUMNS, this::patientRow);
        }
    }

    void contacts() throws IOException {
        contactsRead = read(CONTACTS, CONTACT_COLUMNS, row -> contact(row, referralsRead));
    }

    void assessments() throws IOException {
        read(ASSESSMENTS, ASSESSMENT_COLUMNS, row -> assessment(row, referralsRead, contactsRead));
    }

    /**
     * Checks the care contacts and then the assessments on a thread of its own, while the caller writes what needs
     * only the referrals: {@code contacts} completes when the contacts are checked, {@code assessments} when all is.
     */
    Later checkTheRestMeanwhile() {
        var later = new Later(
                new java.util.concurrent.CompletableFuture<>(), new java.util.concurrent.CompletableFuture<>());
        Thread.ofPlatform().daemon().name("extract-check").start(() -> {
            try {
                contacts();
                later.contacts().complete(null);
                assessments();
                later.assessments().complete(null);
            } catch (IOException | RuntimeException | Error e) {
                later.contacts().completeExceptionally(e);
                later.assessments().completeExceptionally(e);
            }
        });
        return later;
    }

    record Later(
            java.util.concurrent.CompletableFuture<Void> contacts,
            java.util.concurrent.CompletableFuture<Void> assessments) {}

    private interface RowCheck {
        void check(Row row);
    }

    /** Reads a file's rows; false when its header could not be read, so later files skip checks against it. */
    private boolean read(String file, List<Column> columns, RowCheck check) throws IOException {
        Path path = directory.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file, "the file is missing from " + directory);
            return false;
        }
        try (InputStream in = Files.newInputStream(path);
                var reader = new CsvReader(in)) {
            var header = Header.read(reader, file, columns, problems);
            if (header == null) {
                return false;
            }
            if (!header.unknownColumns().isEmpty()) {
                extract.unknownColumns.put(file, header.unknownColumns());
            }
            if (!header.usable()) {
                return false;
            }
            progress.start("Checking", file, Files.size(path));
            var row = new Row(reader, header);
            long rows = 0;
            while (reader.next()) {
                rows++;
                if (reader.problem() != null) {
                    problems.add(file, row.line(), header.name(reader.problemField()), reader.problem());
                } else if (!row.wellFormed()) {
                    problems.add(
                            file,
                            row.line(),
                            "(row)",
                            "has " + row.fieldCount() + " values but the header has " + header.width() + " columns");
                } else {
                    check.check(row);
                }
                progress.row(rows, reader.consumed());
            }
            progress.done("Checked", rows);
            return true;
        }
    }

    // referrals.csv ---------------------------------------------------------------------------------------------

    private void referral(Row row) {
        extract.referralRows++;
        int pathway = newKey(row, REFERRALS, R_PATHWAY, "PathwayID", extract.pathways, extract.pathwayLine);
        int patient = patient(row);
        int received = requiredDate(row, REFERRALS, R_RECEIVED, "ReferralRequestReceivedDate");
        int discharged = CheckedExtract.NONE;
        if (row.present(R_DISCHARGED)) {
            discharged = date(row, REFERRALS, R_DISCHARGED, "ServDischDate");
            if (discharged != Fields.INVALID && received != Fields.INVALID && discharged < received) {
                problems.add(
                        REFERRALS,
                        row.line(),
                        "ServDischDate",
                        row.text(R_DISCHARGED) + " is before the referral was received (" + row.text(R_RECEIVED) + ")");
            }
        }
        if (row.present(R_END_CODE)) {
            String endCode =
                    ExtractCodes.endCode(row.bytes(R_END_CODE), row.offset(R_END_CODE), row.length(R_END_CODE));
            if (endCode == null) {
                problems.add(
                        REFERRALS,
                        row.line(),
                        "EndCode",
                        quoted(row, R_END_CODE) + " is not an end code (two digits, e.g. 46)");
            } else if (!row.present(R_DISCHARGED)) {
                problems.add(
                        REFERRALS,
                        row.line(),
                        "EndCode",
                        "is given but ServDischDate is empty: " + "only a discharged pathway has an end code");
            } else {
                countForm(row, R_END_CODE, REFERRALS, "EndCode", endCode);
            }
        }
        if (row.present(R_PROBLEM)) {
            String problem = PresentingProblems.canonical(row.text(R_PROBLEM));
            if (problem == null) {
                problems.add(
                        REFERRALS,
                        row.line(),
                        "PresentingProblem",
                        quoted(row, R_PROBLEM)
                                + " is not an ICD-10 code (e.g. F32.1 or F321) or a SNOMED CT code (6 to 18 digits)");
            } else {
                countForm(row, R_PROBLEM, REFERRALS, "PresentingProblem", problem);
            }
        }
        if (pathway >= 0 && row.present(R_PROBLEM)) {
            extract.problemInReferrals.set(pathway);
        }
        if (row.present(R_PRACTITIONER) && shortEnough(row, REFERRALS, R_PRACTITIONER, "CareProfLocalId")) {
            row.add(extract.professionals, R_PRACTITIONER);
        }
        if (pathway >= 0) {
            extract.patientOf.add(patient);
            extract.received.add(received);
            extract.discharged.add(discharged);
            extract.firstAttended.add(CheckedExtract.NONE);
            extract.firstTreatment.add(CheckedExtract.NONE);
            extract.contactsOf.add(0);
            extract.assessmentsOf.add(0);
        }
    }

    private int patient(Row row) {
        if (!present(row, REFERRALS, R_PATIENT, "LocalPatientId")
                || !shortEnough(row, REFERRALS, R_PATIENT, "LocalPatientId")) {
            return -1;
        }
        int patient = row.add(extract.patients, R_PATIENT);
        if (patient >= 0) {
            extract.patientLine.add(row.line());
            return patient;
        }
        return -patient - 1;
    }

    // presenting_complaints.csv (optional) -----------------------------------------------------------------------

    private void complaint(Row row) {
        long order = extract.complaintRows++;
        int pathway = existingPathway(row, COMPLAINTS, PC_PATHWAY, referralsRead);
        String code = null;
        if (present(row, COMPLAINTS, PC_CODE, "PresComp")) {
            code = PresentingProblems.canonical(row.text(PC_CODE));
            if (code == null) {
                problems.add(
                        COMPLAINTS,
                        row.line(),
                        "PresComp",
                        quoted(row, PC_CODE)
                                + " is not an ICD-10 code (e.g. F40.0 or F400) or a SNOMED CT code (6 to 18 digits)");
            } else {
                countForm(row, PC_CODE, COMPLAINTS, "PresComp", code);
            }
        }
        String significance = null;
        if (row.present(PC_SIGNIFICANCE)) {
            int number = CodeForm.number(
                    row.bytes(PC_SIGNIFICANCE), row.offset(PC_SIGNIFICANCE), row.length(PC_SIGNIFICANCE));
            if (number == 1 || number == 2) {
                significance = number == 1 ? PresentingComplaint.PRIMARY : PresentingComplaint.SECONDARY;
                countForm(row, PC_SIGNIFICANCE, COMPLAINTS, "PresCompCodSig", significance);
            } else {
                problems.add(
                        COMPLAINTS,
                        row.line(),
                        "PresCompCodSig",
                        quoted(row, PC_SIGNIFICANCE) + " is not a significance (01 primary, 02 secondary)");
            }
        }
        int day = row.present(PC_DATE) ? date(row, COMPLAINTS, PC_DATE, "PresCompDate") : CheckedExtract.NONE;
        if (pathway >= 0 && extract.problemInReferrals.get(pathway)) {
            problems.add(
                    COMPLAINTS,
                    row.line(),
                    "PathwayID",
                    quoted(row, PC_PATHWAY) + " also has a PresentingProblem in " + REFERRALS
                            + ": give a pathway's presenting problems in one of the two files");
        } else if (pathway >= 0 && code != null && day != Fields.INVALID) {
            var complaint = new PresentingComplaint(
                    code, significance, day == CheckedExtract.NONE ? null : Fields.localDate(day), order);
            extract.chosenComplaint.merge(
                    pathway, complaint, (best, next) -> PresentingComplaint.ranksBefore(next, best) ? next : best);
        }
    }

    // patients.csv (optional) ------------------------------------------------------------------------------------

    private void patientRow(Row row) {
        extract.patientRows++;
        int patient = -1;
        if (present(row, PATIENTS, P_PATIENT, "LocalPatientId")) {
            patient = row.find(extract.patients, P_PATIENT);
            if (patient < 0) {
                problems.add(
                        PATIENTS,
                        row.line(),
                        "LocalPatientId",
                        quoted(row, P_PATIENT) + " has no referral in " + REFERRALS
                                + ": a patient is imported with their referrals");
            } else if (extract.patientDescribed.get(patient)) {
                problems.add(
                        PATIENTS,
                        row.line(),
                        "LocalPatientId",
                        quoted(row, P_PATIENT) + " is described twice in " + PATIENTS + " (once a patient)");
                patient = -1;
            } else {
                extract.patientDescribed.set(patient);
            }
        }
        PatientFields.check(row, problems, today);
        if (patient >= 0
                && row.present(P_NHS_NUMBER)
                && org.stepline.shared.NhsNumber.problemWith(row.text(P_NHS_NUMBER))
                        .isEmpty()) {
            int number = extract.nhsNumbers.add(PatientFields.nhsNumber(row));
            if (number < 0) {
                problems.add(
                        PATIENTS,
                        row.line(),
                        "NHSNumber",
                        "is already given on line " + extract.nhsNumberLine.get(-number - 1) + " for another patient");
            } else {
                extract.nhsNumberLine.add(row.line());
                extract.nhsNumberPatient.add(patient);
            }
        }
    }

    // care_contacts.csv -----------------------------------------------------------------------------------------

    private void contact(Row row, boolean referralsRead) {
        extract.contactRows++;
        int pathway = existingPathway(row, CONTACTS, C_PATHWAY, referralsRead);
        int contact = newKey(row, CONTACTS, C_CONTACT, "CareContactId", extract.contacts, extract.contactLine);
        if (contact >= 0) {
            extract.contactPathway.add(pathway);
        }
        if (pathway >= 0) {
            extract.contactsOf.set(pathway, extract.contactsOf.get(pathway) + 1);
        }
        int day = requiredDate(row, CONTACTS, C_DATE, "CareContDate");
        optionalTime(row, CONTACTS, C_TIME, "CareContTime");
        int appType = code(
                row,
                C_APP_TYPE,
                "AppType",
                ExtractCodes.appType(row.bytes(C_APP_TYPE), row.offset(C_APP_TYPE), row.length(C_APP_TYPE)),
                "an AppType code (01 to 06, or 10)");
        if (appType >= 0) {
            countForm(row, C_APP_TYPE, CONTACTS, "AppType", ExtractCodes.APP_TYPES[appType].code());
        }
        int attendance = code(
                row,
                C_ATTENDANCE,
                "AttendOrDNACode",
                ExtractCodes.attendance(row.bytes(C_ATTENDANCE), row.offset(C_ATTENDANCE), row.length(C_ATTENDANCE)),
                "an AttendOrDNACode (0, or 2 to 7)");
        if (attendance >= 0) {
            countForm(row, C_ATTENDANCE, CONTACTS, "AttendOrDNACode", ExtractCodes.ATTENDANCES[attendance].code());
        }
        mode(row);
        boolean unplanned = planned(row) == 0;
        if (row.present(C_DURATION)) {
            int minutes = row.wholeNumber(C_DURATION);
            if (minutes < 0 || minutes > 600) {
                problems.add(
                        CONTACTS,
                        row.line(),
                        "ClinContDurOfCareCont",
                        quoted(row, C_DURATION) + " is not a duration in whole minutes from 0 to 600");
            }
        }
        if (row.present(C_PROFESSIONAL)) {
            if (shortEnough(row, CONTACTS, C_PROFESSIONAL, "CareProfLocalId")) {
                row.add(extract.professionals, C_PROFESSIONAL);
            }
        } else {
            extract.contactWithoutProfessional = true;
        }
        if (pathway >= 0
                && day != Fields.INVALID
                && appType >= 0
                && attendance >= 0
                && (ExtractCodes.ATTENDANCES[attendance].isAttended() || unplanned)) {
            lower(extract.firstAttended, pathway, day);
            if (ExtractCodes.APP_TYPES[appType].isTreatment()) {
                lower(extract.firstTreatment, pathway, day);
            }
        }
    }

    private void mode(Row row) {
        if (!present(row, CONTACTS, C_MODE, "ConsMechanism")) {
            return;
        }
        byte[] b = row.bytes(C_MODE);
        int off = row.offset(C_MODE);
        int len = row.length(C_MODE);
        int mode = ExtractCodes.mode(b, off, len);
        if (mode >= 0) {
            countForm(row, C_MODE, CONTACTS, "ConsMechanism", ExtractCodes.MODES[mode].code());
            return;
        }
        int old = ExtractCodes.oldMode(b, off, len);
        if (old >= 0) {
            extract.oldModes[old]++;
            return;
        }
        problems.add(
                CONTACTS,
                row.line(),
                "ConsMechanism",
                quoted(row, C_MODE) + " is not a ConsMechanism code (e.g. 01 face to face, 02 telephone, 11 video)");
    }

    /** PlannedCareContIndicator: 1 planned (Y), 0 unplanned (N), -1 not given or not readable (reported). */
    private int planned(Row row) {
        if (!row.present(C_PLANNED)) {
            return -1;
        }
        int planned = ExtractCodes.planned(row.bytes(C_PLANNED), row.offset(C_PLANNED), row.length(C_PLANNED));
        if (planned < 0) {
            problems.add(
                    CONTACTS,
                    row.line(),
                    "PlannedCareContIndicator",
                    quoted(row, C_PLANNED) + " is not Y (planned) or N (unplanned: the patient initiated the contact)");
        } else {
            countForm(row, C_PLANNED, CONTACTS, "PlannedCareContIndicator", planned == 1 ? "Y" : "N");
        }
        return planned;
    }

    /** Counts a coded value given in another form than the canonical one it is stored as. */
    private void countForm(Row row, int column, String file, String name, String canonical) {
        if (!row.is(column, canonical)) {
            extract.normalised(file, name);
        }
    }

    private int code(Row row, int column, String name, int found, String what) {
        if (!present(row, CONTACTS, column, name)) {
            return -1;
        }
        if (found < 0) {
            problems.add(CONTACTS, row.line(), name, quoted(row, column) + " is not " + what);
        }
        return found;
    }

    private static void lower(IntArray values, int index, int value) {
        if (value < values.get(index)) {
            values.set(index, value);
        }
    }

    // coded_scored_assessments.csv ------------------------------------------------------------------------------

    private void assessment(Row row, boolean referralsRead, boolean contactsRead) {
        extract.assessmentRows++;
        int pathway = existingPathway(row, ASSESSMENTS, A_PATHWAY, referralsRead);
        if (pathway >= 0) {
            extract.assessmentsOf.set(pathway, extract.assessmentsOf.get(pathway) + 1);
        }
        int contact = -1;
        if (row.present(A_CONTACT) && contactsRead) {
            contact = row.find(extract.contacts, A_CONTACT);
            if (contact < 0) {
                problems.add(
                        ASSESSMENTS, row.line(), "CareContactId", quoted(row, A_CONTACT) + " is not in " + CONTACTS);
            } else if (pathway >= 0
                    && extract.contactPathway.get(contact) >= 0
                    && extract.contactPathway.get(contact) != pathway) {
                problems.add(
                        ASSESSMENTS,
                        row.line(),
                        "CareContactId",
                        "care contact " + quoted(row, A_CONTACT)
                                + " belongs to pathway '" + extract.pathways.key(extract.contactPathway.get(contact))
                                + "', not " + quoted(row, A_PATHWAY));
            }
        }
        extract.assessmentPathway.add(pathway);
        extract.assessmentContact.add(contact);
        KnownMeasures.Measure measure = null;
        KnownMeasures.AnswerItem item = null;
        boolean toolValid = false;
        if (present(row, ASSESSMENTS, A_TOOL, "CodedAssToolType")) {
            byte[] b = row.bytes(A_TOOL);
            int off = row.offset(A_TOOL);
            int len = row.length(A_TOOL);
            toolValid = Fields.allDigits(b, off, len, 6, 18);
            if (toolValid) {
                measure = measures.find(b, off, len);
                item = measure == null ? measures.item(b, off, len) : null;
            } else {
                problems.add(
                        ASSESSMENTS,
                        row.line(),
                        "CodedAssToolType",
                        quoted(row, A_TOOL) + " is not a SNOMED CT code (6 to 18 digits, e.g. 720433000 for PHQ-9)");
            }
        }
        if (item != null) {
            answer(row, item);
        } else if (present(row, ASSESSMENTS, A_SCORE, "PersScore")) {
            int score = row.wholeNumber(A_SCORE);
            if (score == Fields.INVALID || score < 0) {
                problems.add(
                        ASSESSMENTS,
                        row.line(),
                        "PersScore",
                        quoted(row, A_SCORE) + " is not a whole number of 0 or more");
            } else if (measure != null && !measure.inRange(score)) {
                problems.add(
                        ASSESSMENTS,
                        row.line(),
                        "PersScore",
                        score + " is outside the " + measure.name() + " range of " + measure.min() + " to "
                                + measure.max());
            }
        }
        requiredDate(row, ASSESSMENTS, A_DATE, "AssToolCompDate");
        optionalTime(row, ASSESSMENTS, A_TIME, "AssToolCompTime");
    }

    /** A PEQ item's answer, in its national form. */
    private void answer(Row row, KnownMeasures.AnswerItem item) {
        if (!present(row, ASSESSMENTS, A_SCORE, "PersScore")) {
            return;
        }
        var answer = item.answer(row.text(A_SCORE));
        if (answer == null) {
            problems.add(
                    ASSESSMENTS,
                    row.line(),
                    "PersScore",
                    quoted(row, A_SCORE) + " is not an answer to the PEQ item " + item.snomedCode() + ": it takes "
                            + item.forms());
        } else {
            countForm(
                    row,
                    A_SCORE,
                    ASSESSMENTS,
                    "PersScore",
                    answer.code() != null ? answer.code() : Integer.toString(answer.score()));
        }
    }

    // shared checks ---------------------------------------------------------------------------------------------

    /** Adds a key that must be unique in its file; returns its number, or -1 when missing or a duplicate. */
    private int newKey(Row row, String file, int column, String name, KeyIndex index, IntArray lines) {
        if (!present(row, file, column, name) || !shortEnough(row, file, column, name)) {
            return -1;
        }
        int key = row.add(index, column);
        if (key < 0) {
            problems.add(
                    file,
                    row.line(),
                    name,
                    quoted(row, column) + " is already used on line " + lines.get(-key - 1)
                            + " (it must be unique in the file)");
            return -1;
        }
        lines.add(row.line());
        return key;
    }

    private int existingPathway(Row row, String file, int column, boolean referralsRead) {
        if (!present(row, file, column, "PathwayID") || !referralsRead) {
            return -1;
        }
        int pathway = row.find(extract.pathways, column);
        if (pathway < 0) {
            problems.add(file, row.line(), "PathwayID", quoted(row, column) + " is not in " + REFERRALS);
        }
        return pathway;
    }

    private boolean present(Row row, String file, int column, String name) {
        if (row.present(column)) {
            return true;
        }
        problems.add(file, row.line(), name, "is required but empty");
        return false;
    }

    /** An identifier: short enough to index, and nothing a spreadsheet would run as a formula. */
    private boolean shortEnough(Row row, String file, int column, String name) {
        if (row.length(column) > KeyIndex.MAX_KEY_LENGTH) {
            problems.add(file, row.line(), name, "is longer than " + KeyIndex.MAX_KEY_LENGTH + " characters");
            return false;
        }
        byte first = row.length(column) == 0 ? 0 : row.bytes(column)[row.offset(column)];
        if ("=+-@\t\r".indexOf(first) >= 0 && Csv.couldRunAsFormula(row.text(column))) {
            problems.add(
                    file,
                    row.line(),
                    name,
                    quoted(row, column) + " starts with a character spreadsheets run as "
                            + "a formula: an identifier must not (every CSV file Stepline writes would have to change it)");
            return false;
        }
        return true;
    }

    private int requiredDate(Row row, String file, int column, String name) {
        return present(row, file, column, name) ? date(row, file, column, name) : Fields.INVALID;
    }

    private int date(Row row, String file, int column, String name) {
        int day = row.date(column);
        if (day == Fields.INVALID) {
            problems.add(file, row.line(), name, Fields.dateProblem(row.text(column)));
        }
        return day;
    }

    private void optionalTime(Row row, String file, int column, String name) {
        if (row.present(column) && row.time(column) == Fields.INVALID) {
            problems.add(
                    file, row.line(), name, quoted(row, column) + " is not a time in the form HH:MM (24-hour clock)");
        }
    }

    /** A value as a problem shows it: cut short, and with line breaks and other control characters written out. */
    private static String quoted(Row row, int column) {
        String text = row.text(column);
        text = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return "'" + Problems.printable(text) + "'";
    }
}

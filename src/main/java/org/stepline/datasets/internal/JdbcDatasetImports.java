package org.stepline.datasets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.datasets.DatasetImported;
import org.stepline.datasets.DatasetImports;
import org.stepline.datasets.ImportOutcome;
import org.stepline.datasets.ImportRequest;
import org.stepline.identity.StaffEnrolment;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasureBulkLoad;
import org.stepline.outcomes.OutcomeRebuild;
import org.stepline.patients.PatientBulkLoad;
import org.stepline.referrals.ReferralBulkLoad;
import org.stepline.scheduling.AppointmentBulkLoad;
import org.stepline.scheduling.ImportedBookings;

/**
 * Imports an extract: checks the referrals and checks them against the record (pathways already there, patients
 * of another team); then, in one transaction, writes the patients and referrals while a second thread checks the
 * care contacts and assessments (any problem there rolls everything back), writes those, computes the pathways'
 * outcome rows from what the writing kept ({@link ImportedPathways}, no reading back), and publishes
 * {@link DatasetImported} in that transaction, so that listeners hear of it once it is committed.
 * <p>
 * The rows go through the bulk-load ports of the modules that own them (patients, referrals, scheduling, measures),
 * streamed with COPY: at national volume (tens of millions of rows) going row by row through each module's pages
 * would take hours instead of minutes; see {@link ForeignKeyChecks} for how the rows' references are kept sound. The appointments still to come (AttendOrDNACode 0, dated at or after the import) are
 * not copied: scheduling books them in the live table through {@link ImportedBookings}, in this transaction, so that
 * they are worked as any booking. Teams and accounts still go through
 * {@link StaffEnrolment}. Re-importing a pathway that is already in the record is refused, never replaced.
 */
@Service
class JdbcDatasetImports implements DatasetImports {

    private static final int BATCH = 10_000;

    private final ExtractWriter.Ports ports;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final InstrumentCatalogue instruments;
    private final ImportAccounts accounts;
    private final ApplicationEventPublisher events;
    private final ForeignKeyChecks rowChecks;
    private final OutcomeRebuild outcomes;
    private final ImportedBookings bookings;
    private final Clock clock;
    /** Bytes {@link ImportedPathways} may take for contacts and scores: the heap decides, unless a test says less. */
    long keepRoom = Long.MAX_VALUE;

    JdbcDatasetImports(
            PatientBulkLoad patients,
            ReferralBulkLoad referrals,
            AppointmentBulkLoad appointments,
            MeasureBulkLoad scores,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            InstrumentCatalogue instruments,
            ImportAccounts accounts,
            ApplicationEventPublisher events,
            OutcomeRebuild outcomes,
            ImportedBookings bookings,
            Clock clock) {
        this.ports = new ExtractWriter.Ports(patients, referrals, appointments, scores);
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.instruments = instruments;
        this.accounts = accounts;
        this.events = events;
        this.rowChecks = new ForeignKeyChecks(jdbc);
        this.outcomes = outcomes;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public ImportOutcome importDataset(ImportRequest request) {
        long started = System.nanoTime();
        Object printing = new Object();
        Consumer<String> sink = line -> {
            synchronized (printing) { // the check of the later files runs beside the writing
                request.progress().accept(line);
            }
        };
        var progress = new ProgressMeter(sink, request.progressEvery());
        var measures = KnownMeasures.from(instruments);
        var check = new ExtractCheck(request.directory(), measures, new ProgressMeter(sink, request.progressEvery()));
        var extract = check.extract();
        var problems = check.problems();
        String source = request.source();
        String problem = ImportSource.problemWith(request.name());
        if (problem != null) {
            problems.add(ExtractFormat.REFERRALS, problem);
        }
        readingExtract(request, check::referrals);
        long[] patientIds = new long[extract.patients.size()];
        if (!problems.any()) {
            long against = System.nanoTime();
            progress.say("Checking the referrals against the record");
            var team = accounts.team(request.name());
            checkPathwaysAreNew(extract, problems);
            checkPatients(extract, team.orElse(-1L), patientIds, problems);
            checkNhsNumbers(extract, team.orElse(-1L), problems);
            progress.say("Checked the referrals against the record in " + seconds(against));
        }
        if (problems.any()) {
            readingExtract(request, check::contacts);
            readingExtract(request, check::assessments);
            return refused(extract, problems, source, started);
        }
        long[] newPatients = newPatients(patientIds);
        long[] existingPatients =
                java.util.Arrays.stream(patientIds).filter(id -> id > 0).toArray();
        long firstPatient = ports.patients().reserveIds(newPatients.length);
        for (int i = 0; i < newPatients.length; i++) {
            patientIds[(int) newPatients[i]] = firstPatient + i;
        }
        long firstReferral = ports.referrals().reserveIds(extract.pathways.size());
        // The contacts and assessments are checked on a second core while the patients and referrals are written;
        // a problem found there rolls the whole transaction back, so nothing is imported (all or nothing as before).
        var later = check.checkTheRestMeanwhile();
        Written written;
        try {
            written = transaction.execute(status -> write(
                    request,
                    extract,
                    measures,
                    later,
                    problems,
                    progress,
                    patientIds,
                    newPatients,
                    existingPatients,
                    firstReferral));
        } catch (ProblemsFound found) {
            readingExtract(request, () -> await(later.assessments())); // every problem is listed
            return refused(extract, problems, source, started);
        }
        return new ImportOutcome(
                true,
                List.of(),
                0,
                source,
                written.rows().referrals(),
                written.rows().appointments(),
                written.rows().administrations(),
                written.rows().patients(),
                written.practitionersCreated(),
                extract.mappedCodes(),
                extract.normalisedCodes(),
                extract.unknownColumns,
                elapsed(started));
    }

    /** The import's transaction; {@link ProblemsFound} when checking the later files finds a problem meanwhile. */
    private Written write(
            ImportRequest request,
            CheckedExtract extract,
            KnownMeasures measures,
            ExtractCheck.Later later,
            Problems problems,
            ProgressMeter progress,
            long[] patientIds,
            long[] newPatients,
            long[] existingPatients,
            long firstReferral) {
        String source = request.source();
        jdbc.sql("set local timezone = 'Europe/London'").update();
        long teamId = accounts.teamOf(request.name());
        rowChecks.lockExisting(teamId, existingPatients);
        long writingPatients = System.nanoTime();
        long patients = writing(
                () -> ExtractWriter.patients(ports.patients(), extract, newPatients, patientIds, teamId, source));
        progress.say("Wrote " + ProgressMeter.count(patients) + " new patients in " + seconds(writingPatients));

        awaitChecked(request, later.contacts(), problems);
        progress.say("Finding or creating the team's " + extract.professionals.size() + " practitioner accounts");
        long enrolling = System.nanoTime();
        var staff = accounts.enrol(request.name(), extract);
        rowChecks.lockStaff(staff);
        progress.say("Found or created the accounts in " + seconds(enrolling));
        long firstAppointment = ports.appointments().reserveIds(extract.contactRows);
        var targets = new ExtractWriter.Targets(
                source,
                teamId,
                patientIds,
                staff.practitionerIds(),
                staff.unknownPractitionerId(),
                firstReferral,
                firstAppointment,
                clock.instant().getEpochSecond());
        var kept = new ImportedPathways(extract, targets, keepRoom);
        var writer = new ExtractWriter(extract, measures, ports, targets, progress, kept);
        long referrals = writing(writer::referrals);
        writing(writer::complaints);

        awaitChecked(request, later.assessments(), problems);
        extract.forgetWhatOnlyChecksNeed();
        long firstAdministration = ports.measures().reserveIds(extract.assessmentRows);
        var rest = writing(() -> writer.assessmentsAndContacts(firstAdministration));
        var rows = new ExtractWriter.Written(patients, referrals, rest.appointments(), rest.administrations());
        bookFuture(rest.future(), progress);

        long indexing = System.nanoTime();
        ports.appointments().readyPastContacts(firstAppointment);
        ports.measures().readyPastScores(firstAdministration);
        progress.say("Indexed the care contacts and assessments in " + seconds(indexing));
        jdbc.sql("""
                insert into dataset_import (source, directory, team_id, unknown_practitioner_id, referrals,
                    care_contacts, assessments, mapped_codes, normalised_codes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        source,
                        request.directory().toAbsolutePath().normalize().toString(),
                        teamId,
                        staff.unknownPractitionerId() > 0 ? staff.unknownPractitionerId() : null,
                        rows.referrals(),
                        rows.appointments(),
                        rows.administrations(),
                        describe(extract.mappedCodes()),
                        describe(extract.normalisedCodes()))
                .update();
        long analyzing = System.nanoTime();
        ports.patients().analyze();
        ports.referrals().analyze();
        ports.appointments().analyze();
        ports.measures().analyze();
        progress.say("Updated the database's statistics in " + seconds(analyzing));
        long computing = System.nanoTime();
        if (kept.complete()) {
            outcomes.rebuildSource(source, kept);
        } else {
            progress.say("There was no room in memory to keep the pathways: their outcome rows are read back from "
                    + "the record instead (slower)");
            outcomes.rebuildSource(source);
        }
        progress.say("Brought the outcome figures up to date in " + seconds(computing));
        events.publishEvent(new DatasetImported(source, rows.referrals()));
        return new Written(rows, staff.created());
    }

    /**
     * The appointments still to come go to the live table through scheduling, announced as any booking is (their
     * reminders and questionnaire requests), in this transaction: a failure later undoes them with the rest.
     */
    private void bookFuture(List<ImportedBookings.Booking> future, ProgressMeter progress) {
        if (future.isEmpty()) {
            return;
        }
        long booking = System.nanoTime();
        int booked = bookings.book(future);
        progress.say("Booked " + ProgressMeter.count(booked) + " appointments still to come in " + seconds(booking));
    }

    /** Thrown inside the transaction to roll it back when the extract turns out to have problems. */
    private static final class ProblemsFound extends RuntimeException {
        ProblemsFound() {
            super("the extract has problems", null, false, false);
        }
    }

    private static void awaitChecked(ImportRequest request, CompletableFuture<Void> checked, Problems problems) {
        readingExtract(request, () -> await(checked));
        if (problems.any()) {
            throw new ProblemsFound();
        }
    }

    private static void await(CompletableFuture<Void> checked) throws IOException {
        try {
            checked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the extract", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private interface Reading {
        void run() throws IOException;
    }

    private static void readingExtract(ImportRequest request, Reading reading) {
        try {
            reading.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the extract in " + request.directory(), e);
        }
    }

    private static ImportOutcome refused(CheckedExtract extract, Problems problems, String source, long started) {
        return new ImportOutcome(
                false,
                problems.lines(),
                problems.count(),
                source,
                0,
                0,
                0,
                0,
                0,
                extract.mappedCodes(),
                extract.normalisedCodes(),
                extract.unknownColumns,
                elapsed(started));
    }

    private record Written(ExtractWriter.Written rows, long practitionersCreated) {}

    private interface Writing<T> {
        T run() throws SQLException, IOException;
    }

    /** Runs a step of the writing, in the import's transaction. */
    private static <T> T writing(Writing<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the extract failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the extract again", e);
        }
    }

    /** The numbers of the patients not yet in the record (their id is still 0). */
    private static long[] newPatients(long[] patientIds) {
        int count = 0;
        for (long id : patientIds) {
            if (id == 0) {
                count++;
            }
        }
        long[] fresh = new long[count];
        int n = 0;
        for (int i = 0; i < patientIds.length; i++) {
            if (patientIds[i] == 0) {
                fresh[n++] = i;
            }
        }
        return fresh;
    }

    /** Re-importing a pathway is refused: each PathwayID already in the record is a problem on its line. */
    private void checkPathwaysAreNew(CheckedExtract extract, Problems problems) {
        inBatches(
                extract.pathways,
                batch -> jdbc.sql("select pathway_id, data_source from referral where pathway_id = any(?)")
                        .param(batch)
                        .query((RowCallbackHandler) rs -> {
                            int pathway = extract.pathways.find(rs.getString(1));
                            problems.add(
                                    ExtractFormat.REFERRALS,
                                    extract.pathwayLine.get(pathway),
                                    "PathwayID",
                                    "'"
                                            + rs.getString(1) + "' is already in Stepline (from " + rs.getString(2)
                                            + "); a pathway is "
                                            + "never imported twice, so remove it from this extract");
                        }));
    }

    /** A LocalPatientId already in the import's team is the same patient; in any other team it is a conflict. */
    private void checkPatients(CheckedExtract extract, long teamId, long[] patientIds, Problems problems) {
        inBatches(
                extract.patients,
                batch -> jdbc.sql("select local_patient_id, id, team_id from patient where local_patient_id = any(?)")
                        .param(batch)
                        .query((RowCallbackHandler) rs -> {
                            int patient = extract.patients.find(rs.getString(1));
                            if (rs.getLong(3) == teamId) {
                                patientIds[patient] = rs.getLong(2);
                            } else {
                                problems.add(
                                        ExtractFormat.REFERRALS,
                                        extract.patientLine.get(patient),
                                        "LocalPatientId",
                                        "'"
                                                + rs.getString(1)
                                                + "' already belongs to a patient of another team in Stepline; local "
                                                + "patient ids must be unique, so import this service's extract under the same "
                                                + "source name as before (--source) or ask an administrator");
                            }
                        }));
    }

    /**
     * An NHS number already in Stepline is a conflict unless it is the same patient (the same LocalPatientId, in the
     * import's team): a second service's extract never merges with the first's patients.
     */
    private void checkNhsNumbers(CheckedExtract extract, long teamId, Problems problems) {
        inBatches(
                extract.nhsNumbers,
                batch -> jdbc.sql("select nhs_number, local_patient_id, team_id from patient where nhs_number = any(?)")
                        .param(batch)
                        .query((RowCallbackHandler) rs -> {
                            int number = extract.nhsNumbers.find(rs.getString(1));
                            String localId = extract.patients.key(extract.nhsNumberPatient.get(number));
                            if (rs.getLong(3) != teamId || !localId.equals(rs.getString(2))) {
                                problems.add(
                                        ExtractFormat.PATIENTS,
                                        extract.nhsNumberLine.get(number),
                                        "NHSNumber",
                                        "belongs to another patient already in Stepline; a patient is never merged across "
                                                + "extracts: check the number, or ask an administrator");
                            }
                        }));
    }

    private static void inBatches(KeyIndex keys, java.util.function.Consumer<String[]> each) {
        for (int from = 0; from < keys.size(); from += BATCH) {
            int to = Math.min(keys.size(), from + BATCH);
            String[] batch = new String[to - from];
            for (int i = from; i < to; i++) {
                batch[i - from] = keys.key(i);
            }
            each.accept(batch);
        }
    }

    private static String describe(Map<String, Long> mapped) {
        return mapped.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String seconds(long started) {
        return String.format(java.util.Locale.UK, "%.1f s", (System.nanoTime() - started) / 1e9);
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}

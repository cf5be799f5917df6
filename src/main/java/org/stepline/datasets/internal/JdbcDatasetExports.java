package org.stepline.datasets.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.datasets.DatasetExports;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.shared.OwnerOnlyFiles;

/**
 * Exports with {@code COPY (select …) TO STDOUT}, straight into the files through the one CSV writer (which quotes
 * and defuses formulas): nothing is held in memory. One read-only, repeatable-read transaction, so the three files agree with each other
 * even while the record is being changed. Like the import, it reads other modules' tables directly (as a report
 * query would). Rows made in Stepline that have no extract id are given one: {@code stepline-<id>}.
 */
@Service
class JdbcDatasetExports implements DatasetExports {

    private static final String LONDON = "'Europe/London'";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final InstrumentCatalogue instruments;

    JdbcDatasetExports(
            DataSource dataSource,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            InstrumentCatalogue instruments) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.instruments = instruments;
    }

    @Override
    public ExportOutcome export(Path directory, @Nullable String sourceName) {
        try {
            Files.createDirectories(directory);
            for (String file : java.util.stream.Stream.concat(
                            ExtractFormat.FILES.stream(),
                            java.util.stream.Stream.of(ExtractFormat.COMPLAINTS, ExtractFormat.PATIENTS))
                    .toList()) {
                if (Files.exists(directory.resolve(file))) {
                    throw new IllegalArgumentException(directory.resolve(file) + " already exists: export into an "
                            + "empty folder, or move the old files away first");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
        String where = sourceName == null ? "" : " where r.data_source = " + literal("import:" + sourceName);
        return transaction.execute(status -> {
            jdbc.sql("set local timezone = " + LONDON).update();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                long referrals =
                        copyOut(copy, directory.resolve(ExtractFormat.REFERRALS), """
                        select r.pathway_id as "PathwayID",
                               coalesce(p.local_patient_id, 'stepline-' || p.id) as "LocalPatientId",
                               r.received_date as "ReferralRequestReceivedDate", r.discharge_date as "ServDischDate",
                               r.end_code as "EndCode",
                               case when not exists (select 1 from presenting_complaint c where c.referral_id = r.id)
                                    then r.presenting_problem end as "PresentingProblem",
                               s.professional_id as "CareProfLocalId"
                        from referral r join patient p on p.id = r.patient_id
                             left join staff_user s on s.id = r.practitioner_id""" + where + " order by r.id");
                // who the patients are, for the patients Stepline can identify (an NHS number): a caseload can move
                long patients = copyOut(
                        copy,
                        directory.resolve(ExtractFormat.PATIENTS),
                        """
                        select coalesce(p.local_patient_id, 'stepline-' || p.id) as "LocalPatientId",
                               p.nhs_number as "NHSNumber", nullif(p.given_name, '') as "GivenName",
                               p.family_name as "FamilyName", p.date_of_birth as "PersonBirthDate",
                               p.gender_code as "GenderIdentity", p.ethnic_category as "EthnicCategory",
                               p.postcode as "Postcode", p.gp_practice_code as "GPPracticeCode",
                               p.mobile_phone as "MobilePhone", p.landline_phone as "LandlinePhone",
                               p.email as "EmailAddress",
                               case p.voicemail_allowed when true then 'Y' when false then 'N' end as "VoicemailConsent",
                               p.safe_call_times as "SafeTimesToCall", p.preferred_mode as "PreferredMode"
                        from patient p where p.nhs_number is not null and exists (
                            select 1 from referral r where r.patient_id = p.id""" + where.replace(" where ", " and ") + ") order by p.id");
                if (patients == 0) {
                    Files.delete(directory.resolve(ExtractFormat.PATIENTS));
                }
                long complaints = copyOut(
                        copy,
                        directory.resolve(ExtractFormat.COMPLAINTS),
                        """
                        select r.pathway_id as "PathwayID", c.code as "PresComp", c.significance as "PresCompCodSig",
                               c.complaint_date as "PresCompDate"
                        from presenting_complaint c join referral r on r.id = c.referral_id""" + where + " order by c.referral_id, c.position");
                if (complaints == 0) { // the file is optional: an extract without complaints has none
                    Files.delete(directory.resolve(ExtractFormat.COMPLAINTS));
                }
                long contacts =
                        copyOut(copy, directory.resolve(ExtractFormat.CONTACTS), """
                        select r.pathway_id as "PathwayID",
                               coalesce(a.care_contact_id, 'stepline-' || a.id) as "CareContactId",
                               to_char(a.starts_at, 'YYYY-MM-DD') as "CareContDate",
                               case when a.time_given then to_char(a.starts_at, 'HH24:MI') end as "CareContTime",
                               a.app_type as "AppType", a.attendance as "AttendOrDNACode",
                               a.cons_mechanism as "ConsMechanism", a.duration_minutes as "ClinContDurOfCareCont",
                               s.professional_id as "CareProfLocalId",
                               case a.planned when true then 'Y' when false then 'N' end as "PlannedCareContIndicator"
                        from appointment a join referral r on r.id = a.referral_id
                             join staff_user s on s.id = a.practitioner_id""" + where + " order by a.id");
                long assessments = copyOut(
                        copy,
                        directory.resolve(ExtractFormat.ASSESSMENTS),
                        """
                        select r.pathway_id as "PathwayID",
                               coalesce(a.care_contact_id, 'stepline-' || a.id) as "CareContactId",
                               coalesce(m.snomed_code, %s) as "CodedAssToolType",
                               coalesce(m.answer_code, m.total_score::text) as "PersScore",
                               to_char(m.completed_at, 'YYYY-MM-DD') as "AssToolCompDate",
                               case when m.time_given then to_char(m.completed_at, 'HH24:MI') end as "AssToolCompTime"
                        from measure_administration m join referral r on r.id = m.referral_id
                             left join appointment a on a.id = m.appointment_id
                        where (m.total_score is not null or m.answer_code is not null) and coalesce(m.snomed_code, %s) is not null""".formatted(snomedOfInstrument(), snomedOfInstrument())
                                + where.replace(" where ", " and ") + " order by m.id");
                return new ExportOutcome(referrals, contacts, assessments);
            } catch (SQLException e) {
                throw new IllegalStateException("The export failed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the extract in " + directory, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /** Scores entered in Stepline record the instrument; the extract wants the SNOMED CT code of its total. */
    private String snomedOfInstrument() {
        String cases = instruments.all().stream()
                .filter(i -> i.codes().get("snomedTotal") != null)
                .map(i ->
                        "when " + literal(i.id()) + " then " + literal(i.codes().get("snomedTotal")))
                .collect(Collectors.joining(" "));
        return cases.isEmpty() ? "null" : "case m.instrument " + cases + " end";
    }

    /** Copies the query's rows to the file (owner-readable only) as CSV through the one CSV writer. */
    private static long copyOut(CopyManager copy, Path file, String query) throws SQLException, IOException {
        List<String> header =
                COLUMN.matcher(query).results().map(m -> m.group(1)).toList();
        try (var csv = new CopyTextAsCsv(
                new BufferedWriter(
                        new OutputStreamWriter(OwnerOnlyFiles.create(file), StandardCharsets.UTF_8), 1 << 20),
                header)) {
            return copy.copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT text)", csv);
        }
    }

    /** The extract's column names, as the queries name their columns. */
    private static final Pattern COLUMN = Pattern.compile("as \"(\\w+)\"");

    /** A SQL string literal (COPY takes no bind parameters). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepline.datasets.internal.Extracts.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.stepline.TestRecords;
import org.stepline.datasets.DatasetExports;
import org.stepline.datasets.DatasetImported;
import org.stepline.datasets.DatasetImports;
import org.stepline.datasets.ImportOutcome;
import org.stepline.datasets.ImportRequest;
import org.stepline.datasets.SyntheticExtracts;
import org.stepline.outcomes.OutcomeRebuild;

/** Import and export against the real embedded database. Every test uses ids of its own. */
@SpringBootTest
@RecordApplicationEvents
class DatasetImportIntegrationTest {

    @TempDir
    Path dir;

    @Autowired
    DatasetImports imports;

    @Autowired
    DatasetExports exports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    OutcomeRebuild rebuild;

    private final String x = "T" + TestRecords.next() + "x" + System.nanoTime() % 100_000 + "-";

    private ImportOutcome importFrom(Path directory) {
        return imports.importDataset(ImportRequest.of(directory));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aHostileExtractIsRefusedWithItsProblemsAndNothingReachesTheDatabase() throws IOException {
        var service = smallService("hostile");
        var referrals = service.resolve(ExtractFormat.REFERRALS);
        byte[] good = Files.readAllBytes(referrals);
        byte[] nulInAnId = (x + "P9\u0000,L9,2024-01-10,,,\n" + x + "P10,L\u00ff0,2024-01-10,,,\n\"" + x
                        + "P11\"x,L1,2024-01-10,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] both = java.util.Arrays.copyOf(good, good.length + nulInAnId.length);
        System.arraycopy(nulInAnId, 0, both, good.length, nulInAnId.length);
        Files.write(referrals, both);

        var outcome = importFrom(service);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems())
                .containsExactly(
                        "referrals.csv:5: PathwayID: holds a NUL byte (a zero byte: the file is not text, or was saved in UTF-16)",
                        "referrals.csv:6: LocalPatientId: is not valid UTF-8 (save the file as UTF-8)",
                        "referrals.csv:7: PathwayID: has text after the closing quote of a quoted value");
        assertThat(count("select count(*) from referral where pathway_id like ?", x + "%"))
                .isZero();
        assertThat(count("select count(*) from patient where local_patient_id like ?", x + "%"))
                .isZero();
    }

    /** A small service: a treated and discharged pathway, one waiting for treatment, one not yet seen. */
    private Path smallService(String name) {
        return write(
                dir.resolve(name),
                List.of(
                        REFERRALS_HEADER + ",Ignored",
                        x + "P1," + x + "L1,2024-01-10,2024-04-02,46,F32.1,a",
                        x + "P2," + x + "L1,2024-05-01,,,\"F41.1\",\"b, c\"",
                        x + "P3," + x + "L3,2024-06-01,,,,"),
                List.of(
                        CONTACTS_HEADER,
                        x + "P1," + x + "C1,2024-01-20,10:00,01,5,02,45," + x + "CP1",
                        x + "P1," + x + "C2,2024-01-27,,02,5,03,30," + x + "CP1",
                        x + "P1," + x + "C3,2024-02-03,11:30,02,3,02,,",
                        x + "P2," + x + "C4,2024-05-20,09:15,01,6,01,50," + x + "CP2",
                        x + "P3," + x + "C5,2024-06-20,09:15,01,0,02,,"),
                List.of(
                        ASSESSMENTS_HEADER,
                        x + "P1," + x + "C1,720433000,15,2024-01-20,10:00",
                        x + "P1," + x + "C1,445455005,7,2024-01-20,10:00",
                        x + "P1,,720433000,16,2024-01-12,",
                        x + "P1," + x + "C2,720433000,9,2024-01-27,",
                        x + "P2," + x + "C4,999999999,250,2024-05-20,09:20"));
    }

    @Test
    void aValidExtractIsImportedWithStagesScoresAndPlaceholders() {
        var outcome = imports.importDataset(
                new ImportRequest(smallService("service"), x + "service", line -> {}, java.time.Duration.ofSeconds(3)));

        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        assertThat(outcome.source()).isEqualTo("import:" + x + "service");
        assertThat(List.of(
                        outcome.pathways(),
                        outcome.careContacts(),
                        outcome.assessments(),
                        outcome.patientsCreated(),
                        outcome.practitionersCreated()))
                .containsExactly(3L, 5L, 5L, 2L, 3L);
        assertThat(outcome.mappedCodes()).isEqualTo(Map.of("03→11", 1L));
        assertThat(outcome.unknownColumns()).isEqualTo(Map.of("referrals.csv", List.of("Ignored")));

        var stages = jdbc.sql(
                        "select pathway_id || ':' || stage || ':' || stage_entered_on || ':' || data_source from referral where pathway_id like ? order by pathway_id")
                .param(x + "%")
                .query(String.class)
                .list();
        assertThat(stages)
                .containsExactly(
                        x + "P1:DISCHARGED:2024-04-02:import:" + x + "service",
                        x + "P2:AWAITING_TREATMENT:2024-05-20:import:" + x + "service",
                        x + "P3:AWAITING_ASSESSMENT:2024-06-01:import:" + x + "service");
        var team = jdbc.sql("select t.name from referral r join team t on t.id = r.team_id where r.pathway_id = ?")
                .param(x + "P1")
                .query(String.class)
                .single();
        assertThat(team).isEqualTo("Imported: " + x + "service");

        var patient = jdbc.sql(
                        "select coalesce(nhs_number, '-') || '|' || coalesce(date_of_birth::text, '-') || '|' || family_name || '|' || data_source from patient where local_patient_id = ?")
                .param(x + "L1")
                .query(String.class)
                .single();
        assertThat(patient).isEqualTo("-|-|Imported patient " + x + "L1|import:" + x + "service");
        assertThat(count(
                        "select count(distinct patient_id) from referral where pathway_id in (?, ?)",
                        x + "P1",
                        x + "P2"))
                .as("one patient for two pathways with the same LocalPatientId")
                .isEqualTo(1);

        var contacts = jdbc.sql("""
                select a.care_contact_id || '|' || to_char(a.starts_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') || '|'
                       || a.time_given || '|' || a.cons_mechanism || '|' || coalesce(s.professional_id, '-') || '|' || s.enabled
                from appointment a join staff_user s on s.id = a.practitioner_id join referral r on r.id = a.referral_id
                where r.pathway_id = ? order by a.id""").param(x + "P1").query(String.class).list();
        assertThat(contacts)
                .containsExactly(
                        x + "C1|2024-01-20 10:00|true|02|" + x + "CP1|false",
                        x + "C2|2024-01-27 00:00|false|11|" + x + "CP1|false",
                        x + "C3|2024-02-03 11:30|true|02|-|false");

        var scores =
                jdbc.sql("""
                select m.instrument || '|' || m.snomed_code || '|' || m.total_score || '|' || coalesce(m.severity, '-') || '|'
                       || coalesce(m.caseness::text, '-') || '|' || m.route || '|' || coalesce(a.care_contact_id, '-')
                from measure_administration m join referral r on r.id = m.referral_id left join appointment a on a.id = m.appointment_id
                where r.pathway_id in (?, ?) order by m.id""").params(x + "P1", x + "P2").query(String.class).list();
        assertThat(scores)
                .containsExactly(
                        "PHQ9|720433000|15|Moderately severe|true|IMPORTED|" + x + "C1",
                        "GAD7|445455005|7|Mild|false|IMPORTED|" + x + "C1",
                        "PHQ9|720433000|16|Moderately severe|true|IMPORTED|-",
                        "PHQ9|720433000|9|Mild|false|IMPORTED|" + x + "C2",
                        "999999999|999999999|250|-|-|IMPORTED|" + x + "C4");

        assertThat(events.stream(DatasetImported.class)).contains(new DatasetImported("import:" + x + "service", 3));
    }

    @Test
    void everyReferenceOfAnImportedRowIsSound() {
        assertThat(importFrom(smallService("sound")).imported()).isTrue();
        assertThat(count("""
                select count(*) from appointment a join referral r on r.id = a.referral_id
                where r.pathway_id like ? and (a.patient_id <> r.patient_id or a.team_id <> r.team_id
                   or not exists (select 1 from patient p where p.id = a.patient_id)
                   or not exists (select 1 from staff_user s where s.id = a.practitioner_id))""", x + "%")).isZero();
        assertThat(count("""
                select count(*) from measure_administration m join referral r on r.id = m.referral_id
                left join appointment a on a.id = m.appointment_id
                where r.pathway_id like ? and (m.patient_id <> r.patient_id
                   or (m.appointment_id is not null and (a.id is null or a.referral_id <> r.id)))""", x + "%")).isZero();
    }

    @Test
    void contactsAndAssessmentsGoToTablesOfTheImportsOwnWithTheParentsIndexes() {
        assertThat(importFrom(smallService("own")).imported()).isTrue();
        var tables = jdbc.sql("""
                select distinct a.tableoid::regclass::text from appointment a join referral r on r.id = a.referral_id
                where r.pathway_id like ?
                union all
                select distinct m.tableoid::regclass::text from measure_administration m join referral r on r.id = m.referral_id
                where r.pathway_id like ?""").params(x + "%", x + "%").query(String.class).list();
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0)).startsWith("appointment_import_");
        assertThat(tables.get(1)).startsWith("measure_administration_import_");
        for (var table : tables) {
            String parent = table.substring(0, table.indexOf("_import_"));
            var expected = indexes(parent).stream()
                    .filter(index -> !index.startsWith("gist")) // the double-booking rule holds no imported row
                    .map(index -> index.equals("btree (id) unique") ? "brin (id) WITH (pages_per_range='32')" : index)
                    .sorted()
                    .toList();
            assertThat(indexes(table)).as(table).isEqualTo(expected);
        }
        assertThat(jdbc.sql(
                                "select care_contact_id from appointment where id = (select max(id) from appointment where care_contact_id like ?)")
                        .param(x + "%")
                        .query(String.class)
                        .single())
                .as("an imported contact is found by its id")
                .isEqualTo(x + "C5");
        assertThat(count("select count(*) from only appointment where care_contact_id like ?", x + "%"))
                .as("no imported contact in the live table itself")
                .isZero();
        assertThat(jdbc.sql("update appointment set notes = 'seen' where care_contact_id = ?")
                        .param(x + "C1")
                        .update())
                .as("updates through the parent reach the import's rows")
                .isEqualTo(1);
    }

    /** The table's indexes as their columns and kind, without names. */
    private List<String> indexes(String table) {
        return jdbc.sql("""
                select regexp_replace(pg_get_indexdef(indexrelid), '^.* USING ', '') || case when indisunique then ' unique' else '' end
                from pg_index where indrelid = ?::regclass order by 1""").param(table).query(String.class).list();
    }

    @Test
    void anInvalidExtractImportsNothingAtAll() {
        var directory = write(
                dir.resolve("bad"),
                List.of(REFERRALS_HEADER, x + "P1," + x + "L1,2024-01-10,,,", x + "P2," + x + "L2,2024-01-10,,,"),
                List.of(
                        CONTACTS_HEADER,
                        x + "P1," + x + "C1,2024-01-20,10:00,01,5,02,45," + x + "CP1",
                        x + "P9," + x + "C2,2024-01-20,10:00,01,5,02,45," + x + "CP1"),
                List.of(ASSESSMENTS_HEADER, x + "P1," + x + "C1,720433000,30,2024-01-20,10:00"));

        var outcome = importFrom(directory);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems())
                .containsExactly(
                        "care_contacts.csv:3: PathwayID: '" + x + "P9' is not in referrals.csv",
                        "coded_scored_assessments.csv:2: PersScore: 30 is outside the PHQ-9 range of 0 to 27");
        assertThat(count("select count(*) from referral where pathway_id like ?", x + "%"))
                .isZero();
        assertThat(count("select count(*) from patient where local_patient_id like ?", x + "%"))
                .isZero();
        assertThat(count("select count(*) from staff_user where professional_id like ?", x + "%"))
                .isZero();
        assertThat(count("select count(*) from team where name = ?", "Imported: bad"))
                .isZero();
        assertThat(events.stream(DatasetImported.class)).isEmpty();
    }

    /** The assessments are checked while the patients and referrals are written: a late problem undoes those too. */
    @Test
    void aProblemInTheLastFileUndoesThePatientsAndReferralsWrittenMeanwhile() {
        var directory = write(
                dir.resolve("late"),
                List.of(REFERRALS_HEADER, x + "P1," + x + "L1,2024-01-10,,,", x + "P2," + x + "L2,2024-01-10,,,"),
                List.of(CONTACTS_HEADER, x + "P1," + x + "C1,2024-01-20,10:00,01,5,02,45," + x + "CP1"),
                List.of(
                        ASSESSMENTS_HEADER,
                        x + "P1," + x + "C1,720433000,12,2024-01-20,10:00",
                        x + "P2," + x + "C1,720433000,12,2024-01-20,10:00"));

        var outcome = importFrom(directory);

        assertThat(outcome.problems())
                .containsExactly("coded_scored_assessments.csv:3: CareContactId: care contact '" + x
                        + "C1' belongs to pathway '" + x + "P1', not '" + x + "P2'");
        assertThat(count("select count(*) from referral where pathway_id like ?", x + "%"))
                .isZero();
        assertThat(count("select count(*) from patient where local_patient_id like ?", x + "%"))
                .isZero();
        assertThat(count("select count(*) from staff_user where professional_id like ?", x + "%"))
                .isZero();
    }

    @Test
    void reimportingAPathwayIsRefusedAndChangesNothing() {
        var directory = smallService("again");
        assertThat(importFrom(directory).imported()).isTrue();
        long contacts = count("select count(*) from appointment where care_contact_id like ?", x + "%");

        var again = importFrom(directory);

        assertThat(again.imported()).isFalse();
        assertThat(again.problems())
                .hasSize(3)
                .first()
                .asString()
                .isEqualTo(
                        "referrals.csv:2: PathwayID: '" + x
                                + "P1' is already in Stepline (from import:again); a pathway is never imported twice, so remove it from this extract");
        assertThat(count("select count(*) from appointment where care_contact_id like ?", x + "%"))
                .isEqualTo(contacts);
    }

    @Test
    void aLaterExtractOfTheSameSourceKeepsItsPatients() {
        assertThat(importFrom(smallService("later")).imported()).isTrue();
        var next = write(
                dir.resolve("next"),
                List.of(REFERRALS_HEADER, x + "P4," + x + "L1,2024-07-01,,,"),
                List.of(CONTACTS_HEADER),
                List.of(ASSESSMENTS_HEADER));
        var outcome =
                imports.importDataset(new ImportRequest(next, "later", line -> {}, java.time.Duration.ofSeconds(3)));
        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        assertThat(outcome.patientsCreated()).isZero();

        var elsewhere = imports.importDataset(new ImportRequest(
                next.resolveSibling("next"), x + "elsewhere", line -> {}, java.time.Duration.ofSeconds(3)));
        assertThat(elsewhere.problems())
                .anyMatch(p -> p.startsWith("referrals.csv:2: PathwayID: '" + x + "P4' is already in Stepline"))
                .anyMatch(p -> p.startsWith(
                        "referrals.csv:2: LocalPatientId: '" + x + "L1' already belongs to a patient of another team"));
    }

    @Test
    void exportAfterImportGivesBackTheSameRows() throws IOException {
        var generated = dir.resolve("generated");
        SyntheticExtracts.generate(generated, 400, 5, LocalDate.of(2025, 3, 31), x, n -> {});
        var handmade = smallService("handmade");
        for (var input : List.of(generated, handmade)) {
            var source = x + input.getFileName();
            var outcome = imports.importDataset(
                    new ImportRequest(input, source, line -> {}, java.time.Duration.ofSeconds(3)));
            assertThat(outcome.imported())
                    .as(String.join("\n", outcome.problems()))
                    .isTrue();
            var output = dir.resolve("export-" + input.getFileName());

            var exported = exports.export(output, source);

            assertThat(exported.pathways()).isEqualTo(outcome.pathways());
            assertThat(exported.careContacts()).isEqualTo(outcome.careContacts());
            assertThat(exported.assessments()).isEqualTo(outcome.assessments());
            for (var file : List.of(ExtractFormat.REFERRALS, ExtractFormat.CONTACTS, ExtractFormat.ASSESSMENTS)) {
                var columns = ExtractFormat.names(
                        switch (file) {
                            case ExtractFormat.REFERRALS -> ExtractFormat.REFERRAL_COLUMNS;
                            case ExtractFormat.CONTACTS -> ExtractFormat.CONTACT_COLUMNS;
                            default -> ExtractFormat.ASSESSMENT_COLUMNS;
                        });
                assertThat(ExtractRows.of(output.resolve(file), columns))
                        .as(input.getFileName() + "/" + file)
                        .isEqualTo(ExtractRows.of(input.resolve(file), columns));
            }
        }
    }

    /**
     * The import computes its outcome rows from what it kept while writing ({@link ImportedPathways}); a rebuild reads
     * the same pathways back from the record. Both must give exactly the same rows: a generated service, and a
     * handmade one with old codes, unrecorded and unattended contacts, an unknown tool, scores on the same day,
     * contacts in the hour the clocks skip and the hour they repeat, and one late on a summer evening.
     */
    @Test
    void outcomeRowsKeptFromTheImportEqualARebuildFromTheRecord() throws IOException {
        var generated = dir.resolve("generated-outcomes");
        // more than two of the rebuild's pages (5,000 pathways), so that both ways meet the pages' boundaries
        SyntheticExtracts.generate(generated, 10_600, 11, LocalDate.of(2025, 3, 31), x, n -> {});
        var handmade = write(
                dir.resolve("clocks"),
                List.of(
                        REFERRALS_HEADER,
                        x + "Q1," + x + "M1,2024-01-10,2024-11-20,46,F41.1",
                        x + "Q2," + x + "M2,2024-02-01,,,"),
                List.of(
                        CONTACTS_HEADER,
                        x + "Q1," + x + "D1,2024-03-31,01:30,02,5,02,45,",
                        x + "Q1," + x + "D2,2024-03-31,00:45,02,5,01,45,",
                        x + "Q1," + x + "D3,2024-10-27,01:30,02,5,11,45,",
                        x + "Q1," + x + "D4,2024-10-27,01:10,02,6,03,45,",
                        x + "Q1," + x + "D5,2024-11-01,,02,3,02,,",
                        x + "Q1," + x + "D6,2024-11-02,10:00,02,0,02,,",
                        x + "Q2," + x + "D7,2024-02-10,09:00,01,5,02,60,",
                        x + "Q2," + x + "D8,2024-06-30,23:30,02,5,02,60,"),
                List.of(
                        ASSESSMENTS_HEADER,
                        x + "Q1," + x + "D1,720433000,18,2024-03-31,01:30",
                        x + "Q1,,720433000,17,2024-03-31,",
                        x + "Q1," + x + "D1,445455005,14,2024-03-31,01:30",
                        x + "Q1," + x + "D4,720433000,6,2024-10-27,01:10",
                        x + "Q1," + x + "D3,720433000,5,2024-10-27,01:30",
                        x + "Q1," + x + "D3,445455005,4,2024-10-27,01:30",
                        x + "Q2," + x + "D7,999999999,250,2024-02-10,09:00"));
        for (var input : List.of(generated, handmade)) {
            var source = x + input.getFileName();
            var outcome = imports.importDataset(
                    new ImportRequest(input, source, line -> {}, java.time.Duration.ofSeconds(3)));
            assertThat(outcome.imported())
                    .as(String.join("\n", outcome.problems()))
                    .isTrue();
            var kept = outcomeRows(outcome.source());

            assertThat(rebuild.rebuildSource(outcome.source())).isEqualTo(outcome.pathways());

            assertThat(outcomeRows(outcome.source()))
                    .as(input.getFileName().toString())
                    .isEqualTo(kept);
            assertThat(kept.get(0)).hasSize((int) outcome.pathways());
        }
        for (var contact : Map.of("D1", "2024-03-31T01:30", "D3", "2024-10-27T01:30", "D8", "2024-06-30T23:30")
                .entrySet()) {
            var local = java.time.LocalDateTime.parse(contact.getValue());
            var kept = ImportedPathways.instant(ImportedPathways.minuteOf(
                    (int) local.toLocalDate().toEpochDay(), local.getHour() * 60 + local.getMinute()));
            var stored = jdbc.sql("select starts_at from appointment where care_contact_id = ?")
                    .param(x + contact.getKey())
                    .query(java.time.OffsetDateTime.class)
                    .single()
                    .toInstant();
            assertThat(kept).as("the instant PostgreSQL stored for " + local).isEqualTo(stored);
        }
    }

    /**
     * An extract as national data has it: codes padded or not and with spaces, employment support (AppType 10), the
     * v2.0 mode column ConsMediumUsed, PEQ answers Y/N/NA/99, unplanned contacts, several presenting complaints per
     * pathway (undotted ICD-10 and SNOMED CT). It is stored in canonical form, counted per column, exported back in
     * that form, and its outcome rows (ADSM from the ranked complaint, unplanned contacts as treatment) equal a
     * rebuild from the record.
     */
    @Test
    void aRealExtractIsReadInEveryNationalFormAndExportedCanonical() throws IOException {
        String contactsHeader =
                CONTACTS_HEADER.replace("ConsMechanism", "ConsMediumUsed") + ",PlannedCareContIndicator";
        var input = write(
                dir.resolve(x + "national"),
                List.of(
                        REFERRALS_HEADER,
                        x + "N1," + x + "M1,2024-01-10,2024-06-01, 46,",
                        x + "N2," + x + "M2,2024-01-10,,,F400"),
                List.of(
                        contactsHeader,
                        x + "N1," + x + "E1,2024-01-20,10:00,1,05, 2,60,,",
                        x + "N1," + x + "E2,2024-02-01,10:00,2 ,5,02,45,,Y",
                        x + "N1," + x + "E3,2024-02-08,10:00,02,3,2,30,,N",
                        x + "N1," + x + "E4,2024-03-01,10:00,10,5,1,30,,",
                        x + "N2," + x + "E5,2024-01-20,10:00,03,6,11,30,,y"),
                List.of(
                        ASSESSMENTS_HEADER,
                        x + "N1," + x + "E1,720433000,18,2024-01-20,10:00",
                        x + "N1," + x + "E3,720433000,6,2024-02-08,10:00",
                        x + "N1,,445455005,15,2024-01-20,",
                        x + "N1,,445455005,5,2024-02-08,",
                        x + "N1,,SPIN,40,2024-01-20,",
                        x + "N1,,747861000000100,y,2024-01-20,",
                        x + "N1,,747871000000107,NA,2024-01-20,",
                        x + "N1,,747901000000107,99,2024-06-01,",
                        x + "N1,,747911000000109,3,2024-06-01,"));
        Files.write(
                input.resolve(ExtractFormat.COMPLAINTS),
                List.of(
                        "PathwayID,PresComp,PresCompCodSig,PresCompDate",
                        x + "N1,F410,2,2024-01-10",
                        x + "N1,25501002,01,2024-01-10",
                        x + "N1,F32,1,"));
        // SPIN is no SNOMED CT code: the row is refused, which shows that a PEQ item is told apart from a score
        var refused = importFrom(input);
        assertThat(refused.problems())
                .containsExactly("coded_scored_assessments.csv:6: CodedAssToolType: 'SPIN' is not a "
                        + "SNOMED CT code (6 to 18 digits, e.g. 720433000 for PHQ-9)");
        var rows = new java.util.ArrayList<>(Files.readAllLines(input.resolve(ExtractFormat.ASSESSMENTS)));
        rows.remove(5);
        Files.write(input.resolve(ExtractFormat.ASSESSMENTS), rows);

        var outcome = importFrom(input);

        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        assertThat(outcome.normalisedCodes())
                .containsEntry("referrals.csv EndCode", 1L)
                .containsEntry("referrals.csv PresentingProblem", 1L)
                .containsEntry("care_contacts.csv AppType", 2L)
                .containsEntry("care_contacts.csv AttendOrDNACode", 1L)
                .containsEntry("care_contacts.csv ConsMechanism", 3L)
                .containsEntry("care_contacts.csv PlannedCareContIndicator", 1L)
                .containsEntry("coded_scored_assessments.csv PersScore", 1L)
                .containsEntry("presenting_complaints.csv PresComp", 1L)
                .containsEntry("presenting_complaints.csv PresCompCodSig", 2L);
        assertThat(jdbc.sql("select presenting_problem from referral where pathway_id = ?")
                        .param(x + "N1")
                        .query(String.class)
                        .single())
                .as("the primary complaint of the latest date, last recorded")
                .isEqualTo("25501002");
        assertThat(jdbc.sql("select presenting_problem from referral where pathway_id = ?")
                        .param(x + "N2")
                        .query(String.class)
                        .single())
                .isEqualTo("F40.0");
        assertThat(jdbc.sql("""
                select treatment_contacts from pathway_outcome where pathway_id = ?""").param(x + "N1").query(Integer.class).single())
                .as("E2 attended, E3 unplanned though coded 3; E4 is employment support")
                .isEqualTo(2);

        var output = dir.resolve("national-export");
        exports.export(output, x + "national"); // the source is the folder's name
        assertThat(Files.readAllLines(output.resolve(ExtractFormat.REFERRALS)).subList(1, 3))
                .containsExactly(
                        x + "N1," + x + "M1,2024-01-10,2024-06-01,46,,", x + "N2," + x + "M2,2024-01-10,,,F40.0,");
        assertThat(Files.readAllLines(output.resolve(ExtractFormat.CONTACTS)))
                .containsExactly(
                        CONTACTS_HEADER + ",PlannedCareContIndicator",
                        x + "N1," + x + "E1,2024-01-20,10:00,01,5,02,60,,",
                        x + "N1," + x + "E2,2024-02-01,10:00,02,5,02,45,,Y",
                        x + "N1," + x + "E3,2024-02-08,10:00,02,3,02,30,,N",
                        x + "N1," + x + "E4,2024-03-01,10:00,10,5,01,30,,",
                        x + "N2," + x + "E5,2024-01-20,10:00,03,6,11,30,,Y");
        assertThat(ExtractRows.of(
                        output.resolve(ExtractFormat.ASSESSMENTS),
                        ExtractFormat.names(ExtractFormat.ASSESSMENT_COLUMNS)))
                .contains(
                        x + "N1||747861000000100|Y|2024-01-20|",
                        x + "N1||747871000000107|NA|2024-01-20|",
                        x + "N1||747901000000107|99|2024-06-01|",
                        x + "N1||747911000000109|3|2024-06-01|");
        assertThat(Files.readAllLines(output.resolve(ExtractFormat.COMPLAINTS)))
                .containsExactly(
                        "PathwayID,PresComp,PresCompCodSig,PresCompDate",
                        x + "N1,F41.0,02,2024-01-10",
                        x + "N1,25501002,01,2024-01-10",
                        x + "N1,F32,01,");

        var kept = outcomeRows(outcome.source());
        rebuild.rebuildSource(outcome.source());
        assertThat(outcomeRows(outcome.source())).isEqualTo(kept);
    }

    /**
     * A caseload moves: patients.csv says who each patient is and how to reach them, the referral names its
     * practitioner. Exported again, every optional column comes back; what was not given stays "not recorded" (a
     * voicemail consent left empty is null, never a no); an NHS number already in Stepline for another patient, or
     * given twice, is refused.
     */
    @Test
    void aCaseloadMovesWithEveryOptionalColumnAndComesBackOnExport() throws IOException {
        String first = TestRecords.nhsNumber();
        String second = TestRecords.nhsNumber();
        String patientsHeader = "LocalPatientId,NHSNumber,GivenName,FamilyName,PersonBirthDate,GenderIdentity,"
                + "EthnicCategory,Postcode,GPPracticeCode,MobilePhone,LandlinePhone,EmailAddress,VoicemailConsent,"
                + "SafeTimesToCall,PreferredMode";
        var input = write(
                dir.resolve(x + "caseload"),
                List.of(
                        REFERRALS_HEADER + ",CareProfLocalId",
                        x + "K1," + x + "M1,2025-01-10,,,F41.1," + x + "CP1",
                        x + "K2," + x + "M2,2025-01-12,,,F32,",
                        x + "K3," + x + "M3,2025-01-12,,,,"),
                List.of(CONTACTS_HEADER, x + "K1," + x + "F1,2025-02-01,10:00,01,5,02,45," + x + "CP1"),
                List.of(ASSESSMENTS_HEADER));
        Files.write(
                input.resolve(ExtractFormat.PATIENTS),
                List.of(
                        patientsHeader,
                        x + "M1," + first.substring(0, 3) + " " + first.substring(3, 6) + " " + first.substring(6)
                                + ",Ada,Lovelace,1985-12-10,2,a,LS1 4AP,B86001,07700900123,0113 496 0000,ada@example.org,y,"
                                + "\"after 6pm, not Tuesdays\",2",
                        x + "M2," + second + ",Alan,Turing,1990-06-23,1,Z,,,07700900456,,,,,"));

        var outcome = importFrom(input);

        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        var ada = jdbc.sql("""
                select nhs_number, given_name, family_name, date_of_birth::text, gender_code, ethnic_category, postcode,
                       gp_practice_code, mobile_phone, landline_phone, email, voicemail_allowed::text, safe_call_times,
                       preferred_mode, mode_choice_offered::text
                from patient where local_patient_id = ?""")
                .param(x + "M1")
                .query((rs, n) -> java.util.stream.IntStream.rangeClosed(1, 15)
                        .mapToObj(i -> {
                            try {
                                return rs.getString(i);
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList())
                .single();
        assertThat(ada)
                .containsExactly(
                        first,
                        "Ada",
                        "Lovelace",
                        "1985-12-10",
                        "2",
                        "A",
                        "LS1 4AP",
                        "B86001",
                        "07700900123",
                        "0113 496 0000",
                        "ada@example.org",
                        "true",
                        "after 6pm, not Tuesdays",
                        "02",
                        null);
        assertThat(jdbc.sql("select voicemail_allowed from patient where local_patient_id = ?")
                        .param(x + "M2")
                        .query(Boolean.class)
                        .optional())
                .as("no consent given: not recorded, not a no")
                .isEmpty();
        assertThat(jdbc.sql("select family_name from patient where local_patient_id = ?")
                        .param(x + "M3")
                        .query(String.class)
                        .single())
                .as("a patient patients.csv does not describe")
                .isEqualTo("Imported patient " + x + "M3");
        assertThat(count("""
                select count(*) from referral r join staff_user s on s.id = r.practitioner_id
                where r.pathway_id = ? and s.professional_id = ?""", x + "K1", x + "CP1")).isEqualTo(1);

        var output = dir.resolve("caseload-export");
        exports.export(output, x + "caseload");
        var columns = List.of(patientsHeader.split(","));
        assertThat(ExtractRows.of(output.resolve(ExtractFormat.PATIENTS), columns))
                .containsExactly(
                        x + "M1|" + first
                                + "|Ada|Lovelace|1985-12-10|2|A|LS1 4AP|B86001|07700900123|0113 496 0000|ada@example.org|Y|"
                                + "after 6pm, not Tuesdays|02",
                        x + "M2|" + second + "|Alan|Turing|1990-06-23|1|Z|||07700900456|||||");
        assertThat(ExtractRows.of(
                        output.resolve(ExtractFormat.REFERRALS), ExtractFormat.names(ExtractFormat.REFERRAL_COLUMNS)))
                .contains(x + "K1|" + x + "M1|2025-01-10|||F41.1|" + x + "CP1");

        var again = write(
                dir.resolve(x + "another-service"),
                List.of(REFERRALS_HEADER, x + "L1," + x + "O1,2025-01-10,,,", x + "L2," + x + "O2,2025-01-10,,,"),
                List.of(CONTACTS_HEADER),
                List.of(ASSESSMENTS_HEADER));
        Files.write(
                again.resolve(ExtractFormat.PATIENTS),
                List.of(
                        "LocalPatientId,NHSNumber,PersonBirthDate,VoicemailConsent",
                        x + "O1," + first + ",1985-12-10,"));
        assertThat(importFrom(again).problems())
                .as("another service's extract keeps apart from the first")
                .containsExactly(
                        "patients.csv:2: NHSNumber: belongs to another patient already in Stepline; a patient is never merged "
                                + "across extracts: check the number, or ask an administrator");
        Files.write(
                again.resolve(ExtractFormat.PATIENTS),
                List.of(
                        "LocalPatientId,NHSNumber,PersonBirthDate,VoicemailConsent",
                        x + "O1," + first + ",1985-12-10,",
                        x + "O2," + first + ",2030-01-01,maybe"));
        assertThat(importFrom(again).problems())
                .containsExactly(
                        "patients.csv:3: PersonBirthDate: 2030-01-01 is in the future",
                        "patients.csv:3: VoicemailConsent: 'maybe' is not Y (a message may be left) or N (it may not); leave it "
                                + "empty when not recorded",
                        "patients.csv:3: NHSNumber: is already given on line 2 for another patient");
        assertThat(count("select count(*) from referral where pathway_id like ?", x + "L%"))
                .isZero();
    }

    /** An extract too large to keep in memory still gets its outcome rows: read back from the record instead. */
    @Test
    void withoutRoomToKeepThePathwaysTheOutcomeRowsAreReadBack() throws IOException {
        var generated = dir.resolve("no-room");
        SyntheticExtracts.generate(generated, 300, 12, LocalDate.of(2025, 3, 31), x, n -> {});
        var importer = (JdbcDatasetImports) imports;
        var lines = new java.util.concurrent.CopyOnWriteArrayList<String>();
        importer.keepRoom = 0;
        ImportOutcome outcome;
        try {
            outcome = imports.importDataset(
                    new ImportRequest(generated, x + "no-room", lines::add, java.time.Duration.ofSeconds(3)));
        } finally {
            importer.keepRoom = Long.MAX_VALUE;
        }
        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        assertThat(lines).anyMatch(line -> line.startsWith("There was no room in memory to keep the pathways"));
        var readBack = outcomeRows(outcome.source());
        assertThat(readBack.get(0)).hasSize((int) outcome.pathways());

        rebuild.rebuildSource(outcome.source());

        assertThat(outcomeRows(outcome.source())).isEqualTo(readBack);
    }

    /** Every column of the source's outcome rows and outcome contacts but the time they were computed. */
    private List<List<String>> outcomeRows(String source) {
        var outcomes = jdbc.sql("""
                select (to_jsonb(o) - 'computed_at')::text from pathway_outcome o where data_source = ?
                order by referral_id""").param(source).query(String.class).list();
        var contacts = jdbc.sql("""
                select to_jsonb(c)::text from outcome_contact c join pathway_outcome o using (referral_id)
                where o.data_source = ? order by c.referral_id, c.appointment_id""").param(source).query(String.class).list();
        return List.of(outcomes, contacts);
    }

    @Test
    void exportRefusesAFolderThatAlreadyHoldsAnExtract() {
        var folder = smallService("occupied");
        assertThatThrownBy(() -> exports.export(folder, null)).hasMessageContaining("already exists");
    }
}

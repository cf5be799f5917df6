package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.datasets.DatasetImports;
import org.stepline.datasets.ImportRequest;

/** The generator alone, and (the caseload option) through the real importer into the embedded database. */
@SpringBootTest
class SyntheticExtractTest {

    private static final int PATHWAYS = 20_000;

    @TempDir
    static Path dir;

    static List<String[]> referrals;
    static List<String[]> contacts;
    static List<String[]> scores;

    @BeforeAll
    static void generate() throws IOException {
        new SyntheticExtract(11).write(dir.resolve("a"), PATHWAYS, n -> {});
        referrals = rows(dir.resolve("a").resolve(ExtractFormat.REFERRALS));
        contacts = rows(dir.resolve("a").resolve(ExtractFormat.CONTACTS));
        scores = rows(dir.resolve("a").resolve(ExtractFormat.ASSESSMENTS));
    }

    private static List<String[]> rows(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.skip(1).map(line -> line.split(",", -1)).toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        new SyntheticExtract(11).write(dir.resolve("b"), PATHWAYS, n -> {});
        new SyntheticExtract(12).write(dir.resolve("c"), PATHWAYS, n -> {});
        for (String file : ExtractFormat.FILES) {
            assertThat(Files.mismatch(
                            dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file)
                    .isEqualTo(-1);
            assertThat(Files.mismatch(
                            dir.resolve("a").resolve(file), dir.resolve("c").resolve(file)))
                    .as(file)
                    .isPositive();
        }
    }

    @Test
    void aGeneratedExtractPassesTheImportsChecks() throws IOException {
        var check = new ExtractCheck(dir.resolve("a"), Extracts.phq9AndGad7(), ProgressMeter.silent());
        var extract = check.run();
        assertThat(check.problems().lines()).isEmpty();
        assertThat(extract.pathways.size()).isEqualTo(PATHWAYS);
        assertThat(extract.mappedCodes()).containsKeys("03→11", "08→10");
    }

    @Test
    void modesAreMostlyTelephoneThenFaceToFaceThenVideoWithAFewOthers() {
        var modes = share(contacts, row -> row[6]);
        assertThat(modes.get("02")).isCloseTo(0.58, within(0.03));
        assertThat(modes.get("01")).isCloseTo(0.26, within(0.03));
        assertThat(modes.get("11") + modes.get("03")).isCloseTo(0.155, within(0.03));
        assertThat(modes.keySet()).contains("03", "04", "05", "09", "10", "12", "13", "98");
    }

    @Test
    void aboutOneAppointmentInTenIsNotAttended() {
        var attendance = share(contacts, row -> row[5]);
        assertThat(attendance.get("3")).as("did not attend").isCloseTo(0.08, within(0.02));
        double notAttended = attendance.get("2") + attendance.get("3") + attendance.get("4") + attendance.get("7");
        assertThat(notAttended).isCloseTo(0.11, within(0.02));
        assertThat(attendance).containsKey("0"); // booked after the extract date
    }

    @Test
    void pathwaysAreOpenOrDischargedAndHaveRealisticContacts() {
        double open = referrals.stream().filter(row -> row[3].isEmpty()).count() / (double) PATHWAYS;
        assertThat(open).isBetween(0.05, 0.30);
        double contactsPerPathway = contacts.size() / (double) PATHWAYS;
        assertThat(contactsPerPathway).isBetween(3.5, 7.0);
        var types = share(contacts, row -> row[4]);
        assertThat(types.keySet()).contains("01", "02", "03", "04", "05", "06");
        assertThat(referrals)
                .allSatisfy(row -> assertThat(row[2].compareTo(row[3].isEmpty() ? "9999" : row[3]))
                        .isLessThanOrEqualTo(0));
        var extractDate = SyntheticExtract.defaultExtractDate().toString();
        assertThat(referrals).allSatisfy(row -> assertThat(row[2]).isLessThan(extractDate));
    }

    @Test
    void scoresFollowSeveralCoursesWithSomeBeforeContactAndSomeOnTheSameDay() {
        var tools = share(scores, row -> row[2]);
        assertThat(tools.keySet()).containsExactlyInAnyOrder("720433000", "445455005");
        assertThat(scores.stream().filter(row -> row[1].isEmpty()).count())
                .as("referral-level scores")
                .isPositive();
        Map<String, Long> phqSameDay = scores.stream()
                .filter(row -> row[2].equals("720433000"))
                .collect(Collectors.groupingBy(row -> row[0] + "/" + row[4], Collectors.counting()));
        assertThat(phqSameDay.values()).as("two PHQ-9 scores on one day").contains(2L);
        // first and last PHQ-9 of each pathway with two or more: some fall a lot, some rise, many stay put
        var firstLast = new HashMap<String, int[]>();
        scores.stream()
                .filter(row -> row[2].equals("720433000"))
                .forEach(row -> firstLast.merge(
                        row[0], new int[] {Integer.parseInt(row[3]), Integer.parseInt(row[3]), 1}, (a, b) ->
                                new int[] {a[0], b[1], a[2] + 1}));
        var paired = firstLast.values().stream().filter(s -> s[2] >= 2).toList();
        double improved = paired.stream().filter(s -> s[0] - s[1] >= 6).count() / (double) paired.size();
        double worse = paired.stream().filter(s -> s[1] - s[0] >= 6).count() / (double) paired.size();
        assertThat(improved).isBetween(0.25, 0.60);
        assertThat(worse).isBetween(0.01, 0.10);
        assertThat(scores)
                .allSatisfy(row -> assertThat(Integer.parseInt(row[3])).isBetween(0, 27));
    }

    @Test
    void idsCarryThePrefix() throws IOException {
        new SyntheticExtract(3, LocalDate.of(2024, 3, 31), "T9-").write(dir.resolve("e"), 10, n -> {});
        assertThat(Files.readAllLines(dir.resolve("e").resolve(ExtractFormat.REFERRALS))
                        .get(1))
                .startsWith("T9-P00000001,T9-L");
    }

    @Autowired
    DatasetImports imports;

    @Autowired
    JdbcClient jdbc;

    /**
     * With the caseload option every optional column is written and the real importer takes it without a problem:
     * each patient once in patients.csv with a valid, unique NHS number and a birth date, the referral's practitioner,
     * about 1 % of contacts unplanned (Y and N already in the form Stepline stores, so none normalised).
     */
    @Test
    void aCaseloadExtractHasEveryOptionalColumnAndImportsWithoutAProblem() throws IOException {
        String x = "G" + TestRecords.next() + "x" + System.nanoTime() % 100_000 + "-";
        Path caseload = dir.resolve(x + "caseload");
        new SyntheticExtract(21, SyntheticExtract.defaultExtractDate(), x).write(caseload, 2_000, true, n -> {});
        new SyntheticExtract(21, SyntheticExtract.defaultExtractDate(), x)
                .write(dir.resolve(x + "plain"), 2_000, n -> {});
        var referralRows = rows(caseload.resolve(ExtractFormat.REFERRALS));
        var contactRows = rows(caseload.resolve(ExtractFormat.CONTACTS));
        var patientRows = rows(caseload.resolve(ExtractFormat.PATIENTS));
        assertThat(Files.readAllLines(caseload.resolve(ExtractFormat.PATIENTS)).getFirst())
                .isEqualTo(String.join(",", ExtractFormat.names(ExtractFormat.PATIENT_COLUMNS)));
        var patientIds = referralRows.stream().map(row -> row[1]).collect(Collectors.toSet());
        assertThat(patientRows).hasSize(patientIds.size());
        assertThat(patientRows.stream().map(row -> row[0]).collect(Collectors.toSet()))
                .isEqualTo(patientIds);
        assertThat(patientRows).allSatisfy(row -> {
            assertThat(org.stepline.shared.NhsNumber.problemWith(row[1]))
                    .as(row[1])
                    .isEmpty();
            assertThat(row[1]).doesNotStartWith("999");
        });
        assertThat(patientRows.stream().map(row -> row[1]).distinct().count()).isEqualTo(patientRows.size());
        assertThat(referralRows).allSatisfy(row -> assertThat(row[6]).startsWith(x + "CP"));
        long unplanned = contactRows.stream().filter(row -> row[9].equals("N")).count();
        assertThat(contactRows).allSatisfy(row -> assertThat(row[9]).isIn("Y", "N"));
        assertThat(unplanned / (double) contactRows.size()).isBetween(0.004, 0.02);
        // the same pathways, contacts and scores as without the option
        assertThat(Files.mismatch(
                        caseload.resolve(ExtractFormat.ASSESSMENTS),
                        dir.resolve(x + "plain").resolve(ExtractFormat.ASSESSMENTS)))
                .isEqualTo(-1);

        var outcome = imports.importDataset(ImportRequest.of(caseload));

        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        assertThat(outcome.problemCount()).isZero();
        assertThat(outcome.pathways()).isEqualTo(2_000);
        assertThat(outcome.patientsCreated()).isEqualTo(patientRows.size());
        assertThat(outcome.normalisedCodes()).doesNotContainKey("care_contacts.csv PlannedCareContIndicator");
        assertThat(jdbc.sql("""
                select count(*) from patient where local_patient_id like ? and nhs_number is not null
                and date_of_birth is not null and given_name is not null and preferred_mode is not null""").param(x + "%").query(Long.class).single()).isEqualTo(patientRows.size());
        assertThat(jdbc.sql("""
                select count(*) from appointment a join referral r on r.id = a.referral_id
                where r.pathway_id like ? and a.planned = false""").param(x + "%").query(Long.class).single())
                .as("unplanned contacts")
                .isEqualTo(unplanned);
        assertThat(jdbc.sql("""
                select count(*) from referral r join staff_user s on s.id = r.practitioner_id
                where r.pathway_id like ? and s.professional_id like ?""").params(x + "%", x + "CP%").query(Long.class).single())
                .isEqualTo(2_000);
    }

    private static Map<String, Double> share(List<String[]> rows, Function<String[], String> key) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        key, Collectors.collectingAndThen(Collectors.counting(), n -> n / (double) rows.size())));
    }
}

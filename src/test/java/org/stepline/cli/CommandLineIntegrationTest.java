package org.stepline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.stepline.SteplineApplication;
import org.stepline.TestRecords;
import org.stepline.datasets.SyntheticExtracts;
import org.stepline.outcomes.OutcomeCounts;
import org.stepline.outcomes.OutcomeReports;
import org.stepline.outcomes.OutcomeSummary;
import org.stepline.outcomes.PathwayRow;

/**
 * The commands as a person runs them, in this JVM: each starts Stepline without a web server on the test database
 * and stops it again. {@code report} runs against a stand-in for the outcomes engine.
 */
class CommandLineIntegrationTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Class<?> application, String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(application, args, new PrintStream(out, true), new PrintStream(err, true));
    }

    /** Stepline with a stand-in outcomes engine (the real one is another module's). */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(SteplineApplication.class)
    static class WithStandInOutcomes {

        @Bean
        @Primary
        OutcomeReports standInOutcomes() {
            return new OutcomeReports() {
                @Override
                public void pathwaysEnded(LocalDate from, LocalDate to, Consumer<PathwayRow> each) {
                    each.accept(new PathwayRow("P1", true, 3, true, false, true, true, false, true, "02", 12));
                }

                @Override
                public OutcomeSummary summary(LocalDate from, LocalDate to) {
                    var counts = new OutcomeCounts(1, 1, 0, 0, 1, 1, 0, 1, 1, 1);
                    return new OutcomeSummary(counts, Map.of("02", counts));
                }
            };
        }
    }

    @Test
    void importCheckExportAndReportFromTheCommandLine() throws IOException {
        String prefix = "CLI" + TestRecords.next() + "-";
        var extract = dir.resolve("extract");
        SyntheticExtracts.generate(extract, 200, 3, LocalDate.of(2025, 3, 31), prefix, n -> {});

        assertThat(run(SteplineApplication.class, "import", "--dataset", extract.toString(), "--source", prefix))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Imported 200 pathways, ", "as import:" + prefix);
        assertThat(err.toString()).contains("Checked referrals.csv: 200 rows", "Wrote coded_scored_assessments.csv: ");

        assertThat(run(SteplineApplication.class, "import", "--dataset", extract.toString(), "--source", prefix))
                .as("the data has problems")
                .isEqualTo(3);
        assertThat(err.toString())
                .contains(
                        "referrals.csv:2: PathwayID: '" + prefix + "P00000001' is already in Stepline",
                        "Nothing was imported: 200 problems found in " + extract
                                + ". Mend them and run the import again.");

        var exported = dir.resolve("exported");
        assertThat(run(SteplineApplication.class, "export", "--dataset", exported.toString(), "--source", prefix))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).startsWith("Exported 200 pathways, ");
        assertThat(Files.readAllLines(exported.resolve("referrals.csv"))).hasSize(201);
        assertThat(Files.getPosixFilePermissions(exported.resolve("referrals.csv")))
                .as("patient data: the owner's only")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        var pathways = dir.resolve("report/pathways.csv");
        var summary = dir.resolve("report/summary.json");
        assertThat(run(
                        WithStandInOutcomes.class,
                        "report",
                        "--from",
                        "2024-04-01",
                        "--to",
                        "2025-03-31",
                        "--pathways",
                        pathways.toString(),
                        "--summary",
                        summary.toString(),
                        "--stepline.outcomes.suppress-below=1"))
                .as(err.toString())
                .isZero();
        assertThat(Files.readAllLines(pathways))
                .element(1)
                .isEqualTo("P1,true,3,true,false,true,true,false,true,02,12");
        assertThat(Files.readString(summary))
                .contains("\"suppressBelow\" : 1", "\"byTreatmentMode\"", "\"02\"", "\"recoveryRate\" : 1.0");
    }

    @Test
    void anExtractWithProblemsListsThemAllAndFails() throws IOException {
        var extract = dir.resolve("broken");
        Files.createDirectories(extract);
        Files.write(
                extract.resolve("referrals.csv"),
                List.of(
                        "PathwayID,LocalPatientId,ReferralRequestReceivedDate",
                        "B1,L1,2024-02-30",
                        "B1,L2,2024-03-01"));
        Files.write(
                extract.resolve("care_contacts.csv"),
                List.of("PathwayID,CareContactId,CareContDate,AppType,AttendOrDNACode"));

        assertThat(run(SteplineApplication.class, "import", "--dataset", extract.toString()))
                .isEqualTo(3);
        assertThat(err.toString())
                .contains(
                        "referrals.csv:2: ReferralRequestReceivedDate: '2024-02-30' is not a real date",
                        "referrals.csv:3: PathwayID: 'B1' is already used on line 2 (it must be unique in the file)",
                        "care_contacts.csv:1: ConsMechanism: required column is missing from the header",
                        "coded_scored_assessments.csv: the file is missing from " + extract,
                        "Nothing was imported: 4 problems found");
    }

    @Test
    void auditVerifySaysWhetherTheChainIsIntactAndNamesTheFirstBadEntry() throws Exception {
        assertThat(run(SteplineApplication.class, "audit", "verify"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).startsWith("The audit trail is intact: ").contains(" entries in one unbroken chain");
        assertThat(run(SteplineApplication.class, "audit")).isEqualTo(2);
        assertThat(err.toString()).contains("'audit verify'");

        // a tamperer with the superuser's password slips in an entry outside the chain; it is taken out again after
        try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(SteplineApplication.class)
                        .web(org.springframework.boot.WebApplicationType.NONE)
                        .run();
                var superuser = org.stepline.DatabaseAsSuperuser.connect(
                        context.getBean(javax.sql.DataSource.class), "postgres");
                var s = superuser.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("insert into audit_event (id, actor_username, action, detail) overriding system value "
                    + "values (-42, 'someone', 'VIEW', 'forged')");
            try {
                assertThat(run(SteplineApplication.class, "audit", "verify")).isEqualTo(3);
                assertThat(err.toString())
                        .contains("Audit entry -42 is not in the chain", "The audit trail's chain is broken");
            } finally {
                s.execute("delete from audit_event where id = -42");
            }
        }
        assertThat(run(SteplineApplication.class, "audit", "verify"))
                .as(err.toString())
                .isZero();
    }
}

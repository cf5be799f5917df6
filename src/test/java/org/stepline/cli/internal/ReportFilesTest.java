package org.stepline.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepline.outcomes.OutcomeCounts;
import org.stepline.outcomes.OutcomeReports;
import org.stepline.outcomes.OutcomeSummary;
import org.stepline.outcomes.PathwayRow;
import tools.jackson.databind.json.JsonMapper;

/** The report files, written from a stand-in for the outcomes engine. */
class ReportFilesTest {

    @TempDir
    Path dir;

    static final class StandInReports implements OutcomeReports {

        final List<String> calls = new ArrayList<>();

        @Override
        public void pathwaysEnded(LocalDate from, LocalDate to, Consumer<PathwayRow> each) {
            calls.add("pathwaysEnded " + from + " " + to);
            each.accept(new PathwayRow("P1", true, 6, true, false, true, true, false, true, "02", 21));
            each.accept(new PathwayRow("P2", false, 0, false, false, false, false, false, false, null, null));
            each.accept(new PathwayRow("P,3", true, 4, true, false, false, false, true, false, "mixed", 140));
            each.accept(new PathwayRow(
                    "=HYPERLINK(\"http://evil.example\")",
                    false,
                    0,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    null,
                    null));
        }

        @Override
        public OutcomeSummary summary(LocalDate from, LocalDate to) {
            calls.add("summary " + from + " " + to);
            var telephone = new OutcomeCounts(10, 8, 1, 2, 3, 4, 1, 3, 6, 8);
            var mixed = new OutcomeCounts(3, 2, 0, 0, 1, 1, 0, 1, 2, 2);
            return new OutcomeSummary(
                    new OutcomeCounts(14, 10, 1, 2, 4, 5, 1, 4, 8, 10),
                    Map.of("mixed", mixed, "11", OutcomeCounts.ZERO, "02", telephone));
        }
    }

    private final StandInReports reports = new StandInReports();
    /** A threshold of 1 hides nothing, so that the shape of the document is seen whole. */
    private final ReportFiles files = new ReportFiles(reports, 1);

    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    @Test
    void thePathwayTableHasTheNationalColumnsBooleansAndEmptyModeAndWait() throws Exception {
        var file = dir.resolve("out/pathways.csv");
        assertThat(files.writePathways(FROM, TO, file)).isEqualTo(4);
        assertThat(Files.readAllLines(file))
                .containsExactly(
                        "PathwayID,CompletedTreatment,TreatmentContacts,CasenessAtStart,NotCaseness,Recovery,ReliableImprovement,ReliableDeterioration,ReliableRecovery,TreatmentMode,FirstTreatmentWaitDays",
                        "P1,true,6,true,false,true,true,false,true,02,21",
                        "P2,false,0,false,false,false,false,false,false,,",
                        "\"P,3\",true,4,true,false,false,false,true,false,mixed,140",
                        "\"'=HYPERLINK(\"\"http://evil.example\"\")\",false,0,false,false,false,false,false,false,,");
        assertThat(reports.calls).containsExactly("pathwaysEnded 2024-04-01 2025-03-31");
        assertThat(Files.getPosixFilePermissions(file))
                .as("patient data: the owner's only")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theSummaryHoldsAllAndEachTreatmentModeWithCountsAndRatesOrNull() throws Exception {
        var file = dir.resolve("summary.json");
        files.writeSummary(FROM, TO, file);
        var json = JsonMapper.builder().build().readTree(Files.readString(file));

        assertThat(json.propertyNames()).containsExactly("suppressBelow", "all", "byTreatmentMode");
        assertThat(json.get("byTreatmentMode").propertyNames()).containsExactly("02", "11", "mixed");
        var all = json.get("all");
        assertThat(all.propertyNames())
                .containsExactly(
                        "ended",
                        "finished",
                        "endedTreatedOnce",
                        "notCaseness",
                        "recovered",
                        "reliablyImproved",
                        "reliablyDeteriorated",
                        "reliablyRecovered",
                        "firstTreatmentWithin6Weeks",
                        "firstTreatmentWithin18Weeks",
                        "recoveryRate",
                        "reliableRecoveryRate",
                        "reliableImprovementRate",
                        "reliableDeteriorationRate",
                        "suppressed");
        assertThat(all.get("ended").asLong()).isEqualTo(14);
        assertThat(all.get("recoveryRate").asDouble()).isEqualTo(0.5); // 4 / (10 - 2)
        assertThat(all.get("reliableImprovementRate").asDouble()).isEqualTo(0.5); // 5 / 10
        var telephone = json.get("byTreatmentMode").get("02");
        assertThat(telephone.get("reliableRecoveryRate").asDouble()).isEqualTo(0.5); // 3 / (8 - 2)
        var video = json.get("byTreatmentMode").get("11");
        assertThat(video.get("finished").asLong()).isZero();
        assertThat(video.get("recoveryRate").isNull()).as("no data, never 0").isTrue();
        assertThat(video.get("reliableDeteriorationRate").isNull()).isTrue();
    }

    /** With the usual threshold of 5, no count from 1 to 4 is written, nor any that gives one back. */
    @Test
    void theSummaryHidesSmallNumbersAndWhatWouldGiveThemBack() throws Exception {
        var file = dir.resolve("suppressed.json");
        new ReportFiles(reports, 5).writeSummary(FROM, TO, file);
        var json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("suppressBelow").asInt()).isEqualTo(5);
        var telephone = json.get("byTreatmentMode").get("02");
        assertThat(telephone.get("recovered").isNull()).isTrue();
        assertThat(telephone.get("recoveryRate").isNull()).isTrue();
        assertThat(telephone.get("suppressed").valueStream().map(n -> n.asString()))
                .contains("recovered", "recoveryRate", "endedTreatedOnce");
        // all pathways' 4 recovered are hidden, so telephone's 3 cannot be worked out as 4 minus mixed's 1
        assertThat(json.get("all").get("recovered").isNull()).isTrue();
        for (var group :
                List.of(json.get("all"), telephone, json.get("byTreatmentMode").get("mixed"))) {
            for (String name : List.of(
                    "ended",
                    "finished",
                    "endedTreatedOnce",
                    "notCaseness",
                    "recovered",
                    "reliablyImproved",
                    "reliablyDeteriorated",
                    "reliablyRecovered",
                    "firstTreatmentWithin6Weeks",
                    "firstTreatmentWithin18Weeks")) {
                var value = group.get(name);
                assertThat(value.isNull() || value.asLong() == 0 || value.asLong() >= 5)
                        .as(name + " " + value)
                        .isTrue();
            }
        }
        assertThat(telephone.get("ended").asLong()).isEqualTo(10);
    }

    @Test
    void theReportCommandWritesBothFilesAndCanTimeTheSummary() throws Exception {
        var out = new ByteArrayOutputStream();
        var command = new ReportCommand(new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream()));
        int exit = command.run(files, reports, FROM, TO, dir.resolve("p.csv"), dir.resolve("s.json"), 5);
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "Wrote 4 pathways ended from 2024-04-01 to 2025-03-31",
                        "Wrote the summary of 14 pathways ended",
                        "Summary from 2024-04-01 to 2025-03-31: median ");
        assertThat(reports.calls).filteredOn(call -> call.startsWith("summary")).hasSize(1 + 1 + 5);
    }
}

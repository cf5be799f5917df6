package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepline.datasets.internal.Extracts.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile extract of issue 12 checked in a JVM whose heap is capped at 1 GB, as the import runs at national
 * volume: a 10 MB field, a 100 MB line whose quote never closes, and two million bad rows in each of the three
 * files. The test JVM itself has several gigabytes, so only a JVM of its own can show the bound holds.
 */
class ExtractCheckInOneGigabyteTest {

    private static final int BAD_ROWS = 2_000_000;

    @TempDir
    Path dir;

    @Test
    void theWholeHostileExtractIsCheckedWithAOneGigabyteHeap() throws Exception {
        writeHostileExtract();

        Path output = dir.resolve("check-output.txt");
        Process check = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CheckInOneJvm.class.getName(),
                        dir.resolve("extract").toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(check.waitFor(10, TimeUnit.MINUTES)).as("the check finished").isTrue();
        String printed = Files.readString(output);

        assertThat(check.exitValue()).as(printed).isZero();
        assertThat(printed)
                .doesNotContain("OutOfMemoryError")
                .contains("listed " + (Problems.KEPT + 1))
                .contains("first referrals.csv:2: (row): is longer than 1 MB (perhaps a quote that is never closed)");
        long problems = Long.parseLong(printed.lines()
                .filter(l -> l.startsWith("problems "))
                .findFirst()
                .orElseThrow()
                .substring("problems ".length()));
        assertThat(problems).as("every bad row is a problem of its own").isGreaterThanOrEqualTo(2 + 3L * BAD_ROWS);
        assertThat(printed).contains("last … and " + (problems - Problems.KEPT) + " more problems not listed");
    }

    private void writeHostileExtract() throws IOException {
        Path extract = dir.resolve("extract");
        write(extract, List.of(REFERRALS_HEADER), List.of(CONTACTS_HEADER), List.of(ASSESSMENTS_HEADER));
        try (OutputStream out = open(extract.resolve(ExtractFormat.REFERRALS))) {
            out.write((REFERRALS_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            writeTenMegabyteFieldAndHundredMegabyteLine(out);
            for (int i = 0; i < BAD_ROWS; i++) {
                out.write(("B" + i + ",L" + i + ",2024-02-30,,,\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        try (OutputStream out = open(extract.resolve(ExtractFormat.CONTACTS))) {
            out.write((CONTACTS_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < BAD_ROWS; i++) {
                out.write(("B" + i + ",C" + i + ",2024-13-01,10:00,2,5,1,30,S1\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        try (OutputStream out = open(extract.resolve(ExtractFormat.ASSESSMENTS))) {
            out.write((ASSESSMENTS_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < BAD_ROWS; i++) {
                out.write(("B" + i + ",C" + i + ",720433000,x" + i + ",2024-01-10,10:00\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile extracts, each a case that once crashed the check or that the issue named: every one ends in problems
 * as {@code file:line: column: reason}, never in an exception. The fuzz tests' failures are added here as they are
 * found, so that they stay mended.
 */
class ExtractRegressionTest {

    private static final String GOOD_REFERRAL = "P9,L9,2024-01-10,,,";

    @TempDir
    Path dir;

    private List<String> problemsOfReferrals(byte[] referrals) throws IOException {
        write(dir, List.of(REFERRALS_HEADER), List.of(CONTACTS_HEADER), List.of(ASSESSMENTS_HEADER));
        Files.write(dir.resolve(ExtractFormat.REFERRALS), referrals);
        var check = new ExtractCheck(dir, phq9AndGad7(), ProgressMeter.silent());
        check.run();
        return check.problems().lines();
    }

    private static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                // text after a closing quote once overflowed the unquoting buffer (ArrayIndexOutOfBoundsException)
                "text after a closing quote|~\"P1\"x,L1,2024-01-10,,,~|referrals.csv:2: PathwayID: "
                        + CsvReader.TEXT_AFTER_QUOTE,
                "a quote inside an unquoted value|~P\"1,L1,2024-01-10,,,~|referrals.csv:2: PathwayID: "
                        + CsvReader.QUOTE_INSIDE,
                "a carriage return alone|~P1,L1,2024-01-10,,,\rP2,L2,2024-01-10,,,~|referrals.csv:2: PresentingProblem: "
                        + CsvReader.LONE_CR,
                "a NUL byte in an identifier|~P\u00001,L1,2024-01-10,,,~|referrals.csv:2: PathwayID: " + CsvReader.NUL,
                "bytes that are not UTF-8|~P1,L\u00ff1,2024-01-10,,,~|referrals.csv:2: LocalPatientId: "
                        + CsvReader.NOT_UTF8,
                "an overlong UTF-8 slash|~P1,L\u00c0\u00af,2024-01-10,,,~|referrals.csv:2: LocalPatientId: "
                        + CsvReader.NOT_UTF8,
                "an identifier that is a formula|~@SUM(A1),L1,2024-01-10,,,~|referrals.csv:2: PathwayID: '@SUM(A1)' starts with a character spreadsheets run as a formula: an identifier must not (every CSV file Stepline writes would have to change it)"
            })
    void aBrokenRowIsAProblemOfItsLineAndTheNextRowIsReadAsUsual(String what, String row, String problem)
            throws IOException {
        assertThat(problemsOfReferrals(file(REFERRALS_HEADER, row, GOOD_REFERRAL, GOOD_REFERRAL)))
                .first()
                .isEqualTo(problem);
        assertThat(problemsOfReferrals(file(REFERRALS_HEADER, row, GOOD_REFERRAL, GOOD_REFERRAL)))
                .as("the row after is still read: P9 twice")
                .anyMatch(p -> p.contains("'P9' is already used"));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
        assertThat(problemsOfReferrals(
                        file(REFERRALS_HEADER, GOOD_REFERRAL, "\"P1,L1,2024-01-10,,,", "P2,L2,2024-01-10,,,")))
                .containsExactly("referrals.csv:3: PathwayID: " + CsvReader.UNCLOSED);
    }

    @Test
    void aByteOrderMarkAndCrLfLineEndsAreFine() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rows = (REFERRALS_HEADER + "\r\n" + GOOD_REFERRAL + "\r\n\"P2\",\"L2\",2024-01-10,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + rows.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(rows, 0, both, bom.length, rows.length);
        assertThat(problemsOfReferrals(both)).isEmpty();
    }

    @Test
    void aTenMegabyteFieldAndAHundredMegabyteLineAreReportedAndSkippedInBoundedMemory() throws IOException {
        write(dir, List.of(REFERRALS_HEADER), List.of(CONTACTS_HEADER), List.of(ASSESSMENTS_HEADER));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(ExtractFormat.REFERRALS)))) {
            out.write((REFERRALS_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            writeTenMegabyteFieldAndHundredMegabyteLine(out);
            out.write((GOOD_REFERRAL + "\n" + GOOD_REFERRAL + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        var check = new ExtractCheck(dir, phq9AndGad7(), ProgressMeter.silent());
        check.run();
        assertThat(check.problems().lines())
                .containsExactly(
                        "referrals.csv:2: (row): is longer than 1 MB (perhaps a quote that is never closed): not read, up to the next line end",
                        "referrals.csv:3: (row): is longer than 1 MB (perhaps a quote that is never closed): not read, up to the next line end",
                        "referrals.csv:5: PathwayID: 'P9' is already used on line 4 (it must be unique in the file)");
    }

    @Test
    void millionsOfBadRowsGiveABoundedListAndTheirCount() throws IOException {
        write(dir, List.of(REFERRALS_HEADER), List.of(CONTACTS_HEADER), List.of(ASSESSMENTS_HEADER));
        int rows = 2_000_000;
        try (OutputStream out =
                new BufferedOutputStream(Files.newOutputStream(dir.resolve(ExtractFormat.REFERRALS)), 1 << 20)) {
            out.write((REFERRALS_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < rows; i++) {
                out.write(("B" + i + ",L" + i + ",2024-02-30,,,\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        long started = System.nanoTime();
        var check = new ExtractCheck(dir, phq9AndGad7(), ProgressMeter.silent());
        check.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        var lines = check.problems().lines();
        assertThat(check.problems().count()).isEqualTo(rows);
        assertThat(lines).hasSize(Problems.KEPT + 1);
        assertThat(lines.getFirst())
                .isEqualTo("referrals.csv:2: ReferralRequestReceivedDate: '2024-02-30' is not a real date");
        assertThat(lines.getLast())
                .isEqualTo("… and " + (rows - Problems.KEPT)
                        + " more problems not listed: mend these first and check again");
        assertThat(seconds).as("linear, not quadratic").isLessThan(120);
    }

    @Test
    void keysThatCollideInJavasStringHashAreStillFoundQuickly() throws IOException {
        // every key is made of "Aa" and "BB", which have the same String.hashCode(): 2^16 keys, one Java hash
        List<String> lines = new java.util.ArrayList<>(List.of(REFERRALS_HEADER));
        for (int i = 0; i < 1 << 16; i++) {
            StringBuilder key = new StringBuilder();
            for (int bit = 0; bit < 16; bit++) {
                key.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            lines.add(key + ",L" + i + ",2024-01-10,,,");
        }
        lines.add(lines.get(1).replace(",L0,", ",L-again,"));
        long started = System.nanoTime();
        var problems = problemsOfReferrals(file(lines.toArray(String[]::new)));
        assertThat(problems)
                .containsExactly("referrals.csv:" + lines.size() + ": PathwayID: '"
                        + lines.get(1).split(",")[0] + "' is already used on line 2 (it must be unique in the file)");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(30);
    }
}

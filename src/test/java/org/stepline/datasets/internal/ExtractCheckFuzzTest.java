package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepline.datasets.internal.Extracts.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of the whole extract check: a valid small extract with hostile pieces put into its files
 * at random places. Whatever comes of it, the check ends without an exception, and every problem is one line
 * {@code file:line: column: reason} (or {@code file: reason} for a file as a whole) in a bounded list. Seeded random
 * generation ({@link Fuzz}): a failure names its seed.
 */
class ExtractCheckFuzzTest {

    private static final Pattern PROBLEM = Pattern.compile(
            "(referrals|care_contacts|coded_scored_assessments)\\.csv(:\\d+: [^\\n\\r]+?: [^\\n\\r]+|: [^\\n\\r]+)"
                    + "|… and \\d+ more problems not listed: mend these first and check again");

    private static final List<String> FILES =
            List.of(ExtractFormat.REFERRALS, ExtractFormat.CONTACTS, ExtractFormat.ASSESSMENTS);

    private static final List<String> REFERRALS =
            List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,2024-04-02,46,F32.1", "P2,L2,2024-02-01,,,");
    private static final List<String> CONTACTS = List.of(
            CONTACTS_HEADER,
            "P1,C1,2024-01-20,10:00,01,5,02,45,CP1",
            "P1,C2,2024-01-27,10:00,02,5,02,30,CP1",
            "P2,C3,2024-02-10,,01,3,11,,");
    private static final List<String> ASSESSMENTS =
            List.of(ASSESSMENTS_HEADER, "P1,C1,720433000,15,2024-01-20,10:00", "P1,,445455005,12,2024-01-15,");

    private static final List<byte[]> PIECES = List.of(
            bytes("\""),
            bytes(","),
            bytes("\n"),
            bytes("\r"),
            bytes("\r\n"),
            bytes("\"\""),
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {0},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC3},
            bytes("é"),
            bytes("="),
            bytes("-"),
            bytes("@"),
            bytes("P1"),
            bytes("C1"),
            bytes("2024-02-30"),
            bytes("99999999999"),
            bytes(" "),
            bytes("\t"));

    record Mutation(int file, int at, byte[] piece, boolean replace) {}

    private static List<Mutation> mutations(SplittableRandom random) {
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            mutations.add(new Mutation(
                    random.nextInt(3),
                    random.nextInt(401),
                    PIECES.get(random.nextInt(PIECES.size())),
                    random.nextBoolean()));
        }
        return mutations;
    }

    @Test
    void anyMutatedExtractGivesProblemsInTheirFormAndNoException() {
        Fuzz.tries(random -> checks(mutations(random)));
    }

    private static void checks(List<Mutation> mutations) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "fuzz");
        try {
            byte[][] files = {join(REFERRALS), join(CONTACTS), join(ASSESSMENTS)};
            for (Mutation m : mutations) {
                files[m.file()] = mutate(files[m.file()], m);
            }
            for (int i = 0; i < 3; i++) {
                Files.write(dir.resolve(FILES.get(i)), files[i]);
            }
            var check = new ExtractCheck(dir, phq9AndGad7(), ProgressMeter.silent());
            check.run();
            var lines = check.problems().lines();
            assertThat(lines).hasSizeLessThanOrEqualTo(Problems.KEPT + 1);
            assertThat(lines).allSatisfy(line -> assertThat(line).matches(PROBLEM));
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static byte[] mutate(byte[] file, Mutation m) {
        int at = Math.min(m.at(), file.length);
        int cut = m.replace() ? Math.min(at + m.piece().length, file.length) : at;
        var out = new ByteArrayOutputStream();
        out.write(file, 0, at);
        out.writeBytes(m.piece());
        out.write(file, cut, file.length - cut);
        return out.toByteArray();
    }

    private static byte[] join(List<String> lines) {
        return bytes(String.join("\n", lines) + "\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

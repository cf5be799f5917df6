package org.stepline.datasets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stepline.datasets.internal.KnownMeasures.Measure;

/** Small extracts written by hand for tests, and the measures they use. */
final class Extracts {

    static final String REFERRALS_HEADER =
            "PathwayID,LocalPatientId,ReferralRequestReceivedDate,ServDischDate,EndCode,PresentingProblem";
    static final String CONTACTS_HEADER =
            "PathwayID,CareContactId,CareContDate,CareContTime,AppType,AttendOrDNACode,ConsMechanism,ClinContDurOfCareCont,CareProfLocalId";
    static final String ASSESSMENTS_HEADER =
            "PathwayID,CareContactId,CodedAssToolType,PersScore,AssToolCompDate,AssToolCompTime";

    private Extracts() {}

    /**
     * Writes a referrals row whose second value is 10 MB long, then a line of 100 MB opened by a quote that is never
     * closed, ending with its line end: the two oversized records of issue 12.
     */
    static void writeTenMegabyteFieldAndHundredMegabyteLine(java.io.OutputStream out) throws IOException {
        out.write("P1,".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] tenMegabytes = new byte[10 << 20];
        java.util.Arrays.fill(tenMegabytes, (byte) 'y');
        out.write(tenMegabytes);
        out.write(",2024-01-10,,,\n\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] chunk = "x,".repeat(1 << 19).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < 100; i++) {
            out.write(chunk);
        }
        out.write('\n');
    }

    static Path write(Path directory, List<String> referrals, List<String> contacts, List<String> assessments) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(ExtractFormat.REFERRALS), referrals);
            Files.write(directory.resolve(ExtractFormat.CONTACTS), contacts);
            Files.write(directory.resolve(ExtractFormat.ASSESSMENTS), assessments);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PHQ-9 and GAD-7 as the shipped instrument files define them. */
    static KnownMeasures phq9AndGad7() {
        return new KnownMeasures(
                List.of(measure("PHQ9", "PHQ-9", "720433000", 27, 10), measure("GAD7", "GAD-7", "445455005", 21, 8)));
    }

    private static Measure measure(String id, String name, String code, int max, int caseness) {
        var severity = new String[max + 1];
        var isCase = new Boolean[max + 1];
        for (int score = 0; score <= max; score++) {
            severity[score] = score < 5 ? "Minimal" : "More";
            isCase[score] = score >= caseness;
        }
        return new Measure(id, name, code, 0, max, severity, isCase);
    }
}

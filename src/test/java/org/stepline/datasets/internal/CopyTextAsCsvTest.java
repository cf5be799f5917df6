package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export's rows, from PostgreSQL's COPY text format to CSV through the one writer. */
class CopyTextAsCsvTest {

    @Test
    void nullsEscapesFormulasAndNumbersComeOutAsCsv() throws IOException {
        var written = new StringWriter();
        try (var csv = new CopyTextAsCsv(written, List.of("PathwayID", "LocalPatientId", "PersScore", "Note"))) {
            byte[] rows = ("=HYPERLINK(\"http://evil.example\")\t\\N\t-5\ttab\\there\\nand a line\\\\N\n"
                            + "P2\t@L2\t12\t\\\\N\n")
                    .getBytes(StandardCharsets.UTF_8);
            csv.write(rows, 0, 17); // COPY hands over bytes in pieces of any size
            csv.write(rows, 17, rows.length - 17);
        }
        assertThat(written.toString())
                .isEqualTo("PathwayID,LocalPatientId,PersScore,Note\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",,-5,\"tab\there\nand a line\\N\"\r\n"
                        + "P2,'@L2,12,\\N\r\n");
    }
}

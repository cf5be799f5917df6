package org.stepline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module writes another module's tables: every INSERT, UPDATE, DELETE, TRUNCATE or COPY naming a table in the main
 * sources is in the module that owns the table, as docs/architecture.md's module table says. Bulk loads go through
 * the owner's port ({@code PatientBulkLoad}, {@code ReferralBulkLoad}, …), whose table names live in the owner.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/stepline");
    private static final Pattern MODULE_ROW = Pattern.compile("^\\| `(\\w+)` \\| (.*?) \\|");
    private static final Pattern TABLE = Pattern.compile("`(\\w+)`");
    private static final Pattern WRITE = Pattern.compile(
            "(?is)\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|copy)\\s+\"?([a-z_][a-z0-9_]*)\"?[\\s(]");

    record Write(String module, String table, Path file) {}

    @Test
    void everyTableIsWrittenOnlyByItsOwner() throws IOException {
        var owners = owners();
        var strangers = writes().stream()
                .filter(write -> owners.containsKey(write.table()))
                .filter(write -> !owners.get(write.table()).equals(write.module()))
                .map(write -> write.module() + " writes " + write.table() + " (owned by " + owners.get(write.table())
                        + ") in " + write.file())
                .toList();
        assertThat(strangers).isEmpty();
    }

    /** The scan sees the writes it is there to see, so an empty list of strangers means something. */
    @Test
    void theScanFindsTheOwnersOwnWrites() throws IOException {
        var found = writes();
        assertThat(found)
                .anyMatch(write ->
                        write.module().equals("scheduling") && write.table().equals("appointment"))
                .anyMatch(write ->
                        write.module().equals("patients") && write.table().equals("patient"))
                .anyMatch(write ->
                        write.module().equals("measures") && write.table().equals("measure_administration"));
        assertThat(owners())
                .containsEntry("appointment", "scheduling")
                .containsEntry("presenting_complaint", "referrals")
                .containsEntry("risk_alert", "measures");
    }

    /** Table → owning module, from the module table in docs/architecture.md (its "owns" column). */
    private static Map<String, String> owners() throws IOException {
        var owners = new HashMap<String, String>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            var row = MODULE_ROW.matcher(line);
            if (!row.find() || row.group(1).equals("module")) {
                continue;
            }
            var tables = TABLE.matcher(row.group(2));
            while (tables.find()) {
                owners.putIfAbsent(tables.group(1), row.group(1));
            }
        }
        return owners;
    }

    private static List<Write> writes() throws IOException {
        var writes = new ArrayList<Write>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                var write = WRITE.matcher(Files.readString(file));
                while (write.find()) {
                    writes.add(new Write(module, write.group(1), file));
                }
            }
        }
        return writes;
    }
}

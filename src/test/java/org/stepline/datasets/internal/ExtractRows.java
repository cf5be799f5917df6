package org.stepline.datasets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An extract file's rows as comparable text, for round-trip tests: the given columns in the given order (absent
 * columns empty, unknown ones dropped), old ConsMechanism codes as the import maps them, sorted.
 */
final class ExtractRows {

    private ExtractRows() {}

    static List<String> of(Path file, List<String> columns) {
        try (InputStream in = Files.newInputStream(file);
                var reader = new CsvReader(in)) {
            reader.next();
            var positions = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                positions[c] = -1;
                for (int f = 0; f < reader.fieldCount(); f++) {
                    if (reader.string(f)
                            .toLowerCase(Locale.ROOT)
                            .equals(columns.get(c).toLowerCase(Locale.ROOT))) {
                        positions[c] = f;
                    }
                }
            }
            var rows = new ArrayList<String>();
            while (reader.next()) {
                var values = new ArrayList<String>();
                for (int c = 0; c < columns.size(); c++) {
                    String value = positions[c] < 0 ? "" : reader.string(positions[c]);
                    if (columns.get(c).equals("ConsMechanism")) {
                        value = switch (value) {
                            case "03" -> "11";
                            case "06" -> "09";
                            case "08" -> "10";
                            default -> value;
                        };
                    }
                    values.add(value);
                }
                rows.add(String.join("|", values));
            }
            rows.sort(null);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

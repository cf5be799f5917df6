package org.stepline.shared.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one reader of the national code lists shipped as data ({@code src/main/resources/codes/NAME.csv}): comment lines
 * starting with {@code #} name the source, then a header {@code code,label}, then one code a line. The label is
 * everything after the first comma, so it may contain commas; there is no quoting.
 */
final class CodeFiles {

    private static final Map<String, List<Coded>> READ = new ConcurrentHashMap<>();

    private CodeFiles() {}

    static List<Coded> entries(String name) {
        return READ.computeIfAbsent(name, CodeFiles::read);
    }

    /** The label of a code in the list, for the enums that carry behaviour beside their code. */
    static String label(String name, String code) {
        return entries(name).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .map(Coded::label)
                .orElseThrow(() -> new IllegalStateException("codes/" + name + ".csv has no code " + code));
    }

    private static List<Coded> read(String name) {
        String resource = "/codes/" + name + ".csv";
        try (InputStream in = CodeFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Coded> entries = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma <= 0) {
                    throw new IllegalStateException(resource + ": '" + line + "' is not code,label");
                }
                if (header) {
                    header = false;
                    continue;
                }
                entries.add(new Coded(
                        line.substring(0, comma).strip(),
                        line.substring(comma + 1).strip()));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}

package org.stepline.datasets.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem found in an extract, listed as {@code file:line: column: reason} (line 1 is the header, as a text
 * editor numbers lines), file by file and line by line. Only the first {@link #KEPT} are kept and listed, then how
 * many more there are, so that memory stays bounded however bad the files are.
 */
final class Problems {

    static final int KEPT = 1_000;

    private record Problem(int line, String column, String reason) {}

    private final Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    private long count;
    private int kept;

    Problems(String... filesInOrder) {
        for (String file : filesInOrder) {
            byFile.put(file, new ArrayList<>());
        }
    }

    void add(String file, int line, String column, String reason) {
        count++;
        if (kept < KEPT) {
            kept++;
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new Problem(line, printable(column), reason));
        }
    }

    /** Text from a file as a problem shows it: line breaks and other control characters written out. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                shown.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** A problem with the file as a whole (missing, unreadable, empty). */
    void add(String file, String reason) {
        add(file, 0, "", reason);
    }

    long count() {
        return count;
    }

    boolean any() {
        return count > 0;
    }

    List<String> lines() {
        var lines = new ArrayList<String>();
        byFile.forEach((file, problems) -> problems.stream()
                .sorted(Comparator.comparingInt(Problem::line))
                .map(p -> p.line() == 0
                        ? file + ": " + p.reason()
                        : file + ":" + p.line() + ": " + p.column() + ": " + p.reason())
                .forEach(lines::add));
        if (count > kept) {
            lines.add("… and " + (count - kept) + " more problems not listed: mend these first and check again");
        }
        return lines;
    }
}

package org.stepline.datasets.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Tells someone watching a long import how far it has got: a line at most every {@code every} while a file is
 * read ("Checking care_contacts.csv: 2,400,000 rows (45 %)"), and one when it is done.
 */
final class ProgressMeter {

    private static final int CHECK_EVERY_ROWS = 1024;

    private final Consumer<String> sink;
    private final long everyNanos;
    private String doing = "";
    private String file = "";
    private long totalBytes;
    private long startedAt;
    private long lastShownAt;

    ProgressMeter(Consumer<String> sink, Duration every) {
        this.sink = sink;
        this.everyNanos = every.toNanos();
    }

    static ProgressMeter silent() {
        return new ProgressMeter(line -> {}, Duration.ofDays(1));
    }

    void start(String doing, String file, long totalBytes) {
        this.doing = doing;
        this.file = file;
        this.totalBytes = totalBytes;
        this.startedAt = System.nanoTime();
        this.lastShownAt = startedAt;
    }

    void row(long rows, long bytes) {
        if (rows % CHECK_EVERY_ROWS != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShownAt >= everyNanos) {
            lastShownAt = now;
            String share = totalBytes > 0 ? " (" + Math.min(99, bytes * 100 / totalBytes) + " %)" : "";
            sink.accept(doing + " " + file + ": " + count(rows) + " rows" + share);
        }
    }

    void done(String done, long rows) {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        sink.accept(String.format(Locale.UK, "%s %s: %s rows in %.1f s", done, file, count(rows), seconds));
    }

    void say(String line) {
        sink.accept(line);
    }

    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}

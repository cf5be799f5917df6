package org.stepline.datasets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What to import: the folder holding the three files; the source name the pathways are marked with
 * ({@code import:<name>}, by default the folder's name); where progress lines go, and how often at most.
 */
public record ImportRequest(
        Path directory, @Nullable String sourceName, Consumer<String> progress, Duration progressEvery) {

    public static ImportRequest of(Path directory) {
        return new ImportRequest(directory, null, line -> {}, Duration.ofSeconds(3));
    }

    /** The name without the {@code import:} prefix. */
    public String name() {
        if (sourceName != null && !sourceName.isBlank()) {
            return sourceName.strip();
        }
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return name == null ? "extract" : name.toString();
    }

    /** The value of {@code referral.data_source} for the imported pathways. */
    public String source() {
        return "import:" + name();
    }
}

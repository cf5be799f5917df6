package org.stepline.datasets.internal;

import org.jspecify.annotations.Nullable;

/** The name an import is known by: {@code import:<name>} on its pathways, "Imported: <name>" as its team. */
final class ImportSource {

    static final int MAX_LENGTH = 80;

    private ImportSource() {}

    static String teamName(String name) {
        return "Imported: " + name;
    }

    /** Why the name cannot be used, or null when it can. */
    static @Nullable String problemWith(String name) {
        if (name.isBlank()) {
            return "the source name is empty: give one with --source";
        }
        if (name.length() > MAX_LENGTH) {
            return "the source name '" + name + "' is longer than " + MAX_LENGTH
                    + " characters: give a shorter one with --source";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "the source name contains control characters: give another with --source";
        }
        return null;
    }
}

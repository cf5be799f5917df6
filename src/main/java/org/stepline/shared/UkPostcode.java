package org.stepline.shared;

import java.util.Locale;
import java.util.Optional;

/** A UK postcode as typed, checked for shape (not existence) and written the standard way: upper case, one space. */
public final class UkPostcode {

    private static final String SHAPE = "[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}";

    private UkPostcode() {}

    /** The postcode written the standard way ("LS1 4AP"), or empty when what was typed is not shaped like one. */
    public static Optional<String> normalise(String typed) {
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (!compact.matches(SHAPE)) {
            return Optional.empty();
        }
        int inward = compact.length() - 3;
        return Optional.of(compact.substring(0, inward) + " " + compact.substring(inward));
    }
}

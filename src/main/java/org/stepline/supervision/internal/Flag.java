package org.stepline.supervision.internal;

/** One reason a referral needs discussing in supervision, in plain words. Amber is a warning before red. */
public record Flag(FlagKind kind, String reason, boolean amber) {

    public static Flag red(FlagKind kind, String reason) {
        return new Flag(kind, reason, false);
    }

    public static Flag amber(FlagKind kind, String reason) {
        return new Flag(kind, reason, true);
    }

    public String tagClass() {
        return amber ? "nhsuk-tag nhsuk-tag--orange" : "nhsuk-tag nhsuk-tag--red";
    }
}

package org.stepline.selfreferral.internal;

import org.stepline.shared.codes.ConsultationMechanism;

/** A way of being seen, as the service explains it to people referring themselves, and whether it is offered. */
public record ModeOffer(ConsultationMechanism mode, String name, boolean offered, String explanation) {

    /** The settings key of each part: mode.02.offered, mode.02.explanation. */
    static String key(ConsultationMechanism mode, String part) {
        return "mode." + mode.code() + "." + part;
    }
}

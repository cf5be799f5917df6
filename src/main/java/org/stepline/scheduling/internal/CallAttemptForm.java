package org.stepline.scheduling.internal;

import java.time.LocalTime;
import java.util.Optional;

/** One row of the call attempts table as typed: the time (HH:MM, on the appointment's date) and what happened. */
public record CallAttemptForm(String time, String outcome) {

    static final CallAttemptForm BLANK = new CallAttemptForm("", "");

    public boolean blank() {
        return Typed.blank(time) && Typed.blank(outcome);
    }

    Optional<LocalTime> at() {
        return Typed.time(time);
    }

    Optional<CallOutcome> result() {
        if (Typed.blank(outcome)) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(CallOutcome.values())
                .filter(o -> o.code().equals(outcome.strip()))
                .findFirst();
    }
}

package org.stepline.surveys.internal;

import java.time.LocalDate;
import java.util.Set;

/** A survey round as stored. Answers are taken from {@code opensOn} to {@code closesOn}, both days included. */
public record Round(
        long id,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean wholeService,
        boolean closedEarly,
        boolean sealed,
        Set<Long> teamIds) {

    public boolean closed(LocalDate today) {
        return closedEarly || today.isAfter(closesOn);
    }

    public boolean open(LocalDate today) {
        return !closed(today) && !today.isBefore(opensOn);
    }

    public boolean covers(long teamId) {
        return wholeService || teamIds.contains(teamId);
    }
}

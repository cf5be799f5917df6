package org.stepline.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/** A practitioner's diary as booking and moving read it: the free times ahead, and what a time is kept for. */
@Component
class FreeTimes {

    /** At most this many free times are offered on a page. */
    static final int MOST_FREE_TIMES = 60;

    private final Diaries diaries;
    private final Clock clock;

    FreeTimes(Diaries diaries, Clock clock) {
        this.diaries = diaries;
        this.clock = clock;
    }

    /** The free times in the coming weeks, at most {@value #MOST_FREE_TIMES} of them. */
    List<Availability.Slot> coming(long practitionerId) {
        Instant now = clock.instant();
        LocalDate today = ServiceTime.dateOf(now);
        int days = 7 * BookingView.WEEKS_OFFERED;
        Instant until = today.plusDays(days + 1L).atStartOfDay(ServiceTime.ZONE).toInstant();
        var free = Availability.free(
                today,
                days,
                now,
                diaries.weekly(practitionerId, today),
                diaries.changes(practitionerId, now, until),
                diaries.bookings(practitionerId, now, until));
        return free.subList(0, Math.min(MOST_FREE_TIMES, free.size()));
    }

    /** The modes the practitioner's published slot at that moment is kept for; empty: any mode. */
    Set<ConsultationMechanism> keptFor(long practitionerId, Instant at) {
        LocalDate day = ServiceTime.dateOf(at);
        Instant from = day.atStartOfDay(ServiceTime.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ServiceTime.ZONE).toInstant();
        var slots = Availability.day(
                day,
                diaries.weekly(practitionerId, day),
                diaries.changes(practitionerId, from, to),
                diaries.bookings(practitionerId, from, to));
        return Availability.keptFor(at, slots);
    }
}

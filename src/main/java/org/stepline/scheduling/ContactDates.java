package org.stepline.scheduling;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ConsultationMechanism;

/** For one referral: the last attended contact, the next booked appointment, and the modes used so far. */
public record ContactDates(
        @Nullable Instant lastAttended, @Nullable Instant nextBooked, Set<ConsultationMechanism> modesUsed) {

    public static final ContactDates NONE = new ContactDates(null, null, Set.of());
}

package org.stepline.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A referral's recorded contacts summed up in the database: the last attended contact, the attended treatment
 * sessions (AppType 02, 03, 05), and the contacts missed (AttendOrDNACode 3 or 7) since the last attended one.
 */
public record ContactTally(
        long referralId, @Nullable Instant lastAttended, int treatmentSessions, int missedSinceLastAttended) {}

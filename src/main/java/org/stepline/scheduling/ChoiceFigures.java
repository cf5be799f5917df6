package org.stepline.scheduling;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * One team's choice of mode over a period. {@code bookings}: appointments made in Stepline that start in the
 * period (cancelled ones too: the choice was offered when they were booked), and self-referrals sent in it; {@code notRecorded}: those whose
 * booking did not show the patient a choice ("choice not recorded": booked before modes offered were recorded, or
 * by a caller without the question); {@code choiceOffered}: more than one mode offered; {@code chosen}: the mode
 * chosen when a choice was offered; {@code withPreference}: of those, the patient had stated a preferred mode;
 * {@code matched}: and chose it.
 */
public record ChoiceFigures(
        long teamId,
        String team,
        long bookings,
        long notRecorded,
        long choiceOffered,
        Map<ConsultationMechanism, Long> chosen,
        long withPreference,
        long matched) {

    /** Bookings whose modes offered were recorded: the share offered a choice is out of these, not all bookings. */
    public long recorded() {
        return bookings - notRecorded;
    }

    public @Nullable Double offeredRate() {
        return rate(choiceOffered, recorded());
    }

    public @Nullable Double matchedRate() {
        return rate(matched, withPreference);
    }

    public long chosen(ConsultationMechanism mode) {
        return chosen.getOrDefault(mode, 0L);
    }

    /** A percentage as shown: whole numbers, "–" when there is nothing to divide by. */
    public static String percent(@Nullable Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + "%";
    }

    public static @Nullable Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}

package org.stepline.scheduling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Choices of mode made when a referral was made rather than at booking (a self-referral asks "How would you like
 * to be seen?"), so that the choice report counts them like any other. Implemented by the module that asks.
 */
public interface ModeChoicesAtReferral {

    /** One team's choices made in the period: how many, how many offered more than one mode, and which was chosen. */
    record TeamChoices(long teamId, long choices, long choiceOffered, Map<ConsultationMechanism, Long> chosen) {}

    /** Choices made from {@code start} (inclusive) to {@code end}; {@code teamId} null for every team. */
    List<TeamChoices> between(OffsetDateTime start, OffsetDateTime end, @Nullable Long teamId);
}

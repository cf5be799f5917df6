package org.stepline.selfreferral.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * Who may refer themselves: old enough, registered with a GP practice the service covers, and not already under a
 * mental health team (secondary care), whose own team refers them on if talking therapy would help.
 */
public final class Eligibility {

    public enum Refusal {
        TOO_YOUNG,
        PRACTICE_NOT_COVERED,
        UNDER_SECONDARY_CARE
    }

    private Eligibility() {}

    /** Why these answers cannot go on (as far as they have been given); empty while they can. */
    public static Optional<Refusal> refusal(Map<String, String> answers, Settings settings, LocalDate today) {
        var born = AnswerChecks.birthDate(answers.get(Journey.BIRTH_DATE));
        if (born != null && Period.between(born, today).getYears() < settings.minimumAge()) {
            return Optional.of(Refusal.TOO_YOUNG);
        }
        String practice = answers.get(Journey.PRACTICE);
        if (practice != null && settings.practice(practice).isEmpty()) {
            return Optional.of(Refusal.PRACTICE_NOT_COVERED);
        }
        if ("Y".equals(answers.get(Journey.SECONDARY_CARE))) {
            return Optional.of(Refusal.UNDER_SECONDARY_CARE);
        }
        return Optional.empty();
    }
}

package org.stepline.referrals.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.referrals.internal.NewReferral;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.TypedText;

/** The add-a-referral form, as typed. */
public record ReferralForm(
        @Nullable String source,
        @Nullable String receivedDate,
        @Nullable String presentingProblem,
        @Nullable String step,
        @Nullable String practitioner) {

    public static final List<Coded> STEPS =
            List.of(new Coded("2", "Step 2: low-intensity support"), new Coded("3", "Step 3: high-intensity therapy"));

    static ReferralForm receivedToday(LocalDate today) {
        return new ReferralForm(null, DateField.format(today), null, null, null);
    }

    /** What is wrong, by field; {@code practitioners} are the clinicians the referral may be assigned to. */
    Map<String, String> problems(LocalDate today, LocalDate dateOfBirth, List<Coded> practitioners) {
        var problems = TypedText.problemsOf(this);
        if (!CodeList.REFERRAL_SOURCE.contains(text(source))) {
            problems.put("source", "Choose where the referral came from");
        }
        DateField.problemWith(receivedDate, "date the referral was received", "15/3/2025")
                .or(() -> receivedDateProblem(DateField.parse(receivedDate).orElseThrow(), today, dateOfBirth))
                .ifPresent(problem -> problems.put("receivedDate", problem));
        if (given(presentingProblem) && !CodeList.PRESENTING_PROBLEM.contains(text(presentingProblem))) {
            problems.put(
                    "presentingProblem", "Choose the presenting problem from the list, or leave it as not known yet");
        }
        if (STEPS.stream().noneMatch(s -> s.code().equals(step))) {
            problems.put("step", "Choose step 2 or step 3");
        }
        if (given(practitioner)
                && practitioners.stream().noneMatch(p -> p.code().equals(practitioner))) {
            problems.put(
                    "practitioner", "Choose a practitioner of the patient's team, or leave the referral unassigned");
        }
        return problems;
    }

    /** The referral this form describes; only for a form without problems. */
    NewReferral toNewReferral() {
        return new NewReferral(
                text(source),
                DateField.parse(receivedDate).orElseThrow(),
                given(presentingProblem) ? text(presentingProblem) : null,
                Integer.parseInt(text(step)),
                given(practitioner) ? Long.valueOf(text(practitioner)) : null);
    }

    private static Optional<String> receivedDateProblem(LocalDate received, LocalDate today, LocalDate born) {
        if (received.isAfter(today)) {
            return Optional.of("The date the referral was received cannot be in the future");
        }
        if (received.isBefore(born)) {
            return Optional.of("The date the referral was received cannot be before the patient's date of birth ("
                    + ServiceTime.date(born) + ")");
        }
        return Optional.empty();
    }

    private static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}

package org.stepline.scheduling.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.TypedText;

/**
 * Everything the telephone session page posts, as typed: each of its forms sends only its own fields, the others
 * arriving as null. {@code outcome} is a call attempt's; the checks are answered "yes" or "no".
 */
public record TelephoneSessionForm(
        @Nullable String outcome,
        @Nullable String identityConfirmed,
        @Nullable String privateAndSafe,
        @Nullable String patientLocation,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String agenda,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String materialsSent,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String notes,
        @Nullable String duration) {

    public static final List<Coded> YES_NO = List.of(new Coded("yes", "Yes"), new Coded("no", "No"));

    static final TelephoneSessionForm EMPTY = new TelephoneSessionForm(null, null, null, null, null, null, null, null);

    /** The form as saved so far, the agenda prefilled from the last session's when this one has none yet. */
    static TelephoneSessionForm from(TelephoneSessionStore.Saved saved, @Nullable String previousAgenda) {
        return new TelephoneSessionForm(
                "",
                yesNo(saved.identityConfirmed()),
                yesNo(saved.privateAndSafe()),
                Typed.orEmpty(saved.patientLocation()),
                saved.agenda() != null ? saved.agenda() : Typed.orEmpty(previousAgenda),
                Typed.orEmpty(saved.materialsSent()),
                Typed.orEmpty(saved.notes()),
                "");
    }

    /** What to draw after a refusal: the fields this post sent, as typed, and the others as saved. */
    TelephoneSessionForm over(TelephoneSessionForm saved) {
        return new TelephoneSessionForm(
                or(outcome, saved.outcome),
                or(identityConfirmed, saved.identityConfirmed),
                or(privateAndSafe, saved.privateAndSafe),
                or(patientLocation, saved.patientLocation),
                or(agenda, saved.agenda),
                or(materialsSent, saved.materialsSent),
                or(notes, saved.notes),
                or(duration, saved.duration));
    }

    /** An answer of "yes" or "no"; empty when not answered. */
    static java.util.Optional<Boolean> answer(@Nullable String typed) {
        return "yes".equals(typed)
                ? java.util.Optional.of(true)
                : "no".equals(typed) ? java.util.Optional.of(false) : java.util.Optional.empty();
    }

    static @Nullable String kept(@Nullable String typed) {
        return Typed.blank(typed) ? null : typed.strip();
    }

    private static String yesNo(@Nullable Boolean answer) {
        return answer == null ? "" : answer ? "yes" : "no";
    }

    private static @Nullable String or(@Nullable String typed, @Nullable String saved) {
        return typed != null ? typed : saved;
    }
}

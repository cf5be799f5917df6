package org.stepline.selfreferral.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the self-referral: one question, in the NHS.UK way (its heading is the question; a page with
 * several fields, such as a name or an address, still asks one thing). {@code section} groups the check-answers
 * page; {@code caption} is shown above the heading (for a questionnaire, which one and how far through it).
 */
public record Question(
        String id,
        String section,
        String heading,
        @Nullable String caption,
        @Nullable String hint,
        List<Field> fields) {

    public Question {
        fields = List.copyOf(fields);
    }

    /** A page whose one field is the question: its label is the heading. */
    public boolean single() {
        return fields.size() == 1;
    }

    public Field field() {
        return fields.getFirst();
    }
}

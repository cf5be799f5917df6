package org.stepline.measures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One completed questionnaire with every answer and its item's national code. */
public record CodedAdministration(
        long administrationId,
        long patientId,
        long referralId,
        String instrumentId,
        Instant completedAt,
        MeasureRoute route,
        List<CodedAnswer> answers) {

    public CodedAdministration {
        answers = List.copyOf(answers);
    }

    /** One answer: the item's number and SNOMED CT code (null when the item has none), and the value given. */
    public record CodedAnswer(
            int itemNumber,
            @Nullable String snomedCode,
            @Nullable Integer value) {

        /** "Not applicable" is stored as no value, so it is never confused with an answer of 0. */
        public boolean notApplicable() {
            return value == null;
        }
    }

    public Optional<CodedAnswer> answer(int itemNumber) {
        return answers.stream().filter(a -> a.itemNumber() == itemNumber).findFirst();
    }
}

package org.stepline.letters.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything one letter says, already in plain words: composed from the record by {@link LetterComposer}, drawn as
 * a PDF by {@link LetterPdf}. Kept apart from both so that the wording can be tested without a PDF.
 */
record LetterContent(LetterKind kind, String date, String serviceName, String author, String gpPractice,
        String patientName, String givenName, String nhsNumber, String dateOfBirth, String pathwayId, String problem,
        String step, List<ScoreLine> scores, List<String> modes, @Nullable String outcome, List<String> plan,
        String thresholds) {

    /** One questionnaire: its name and purpose, and the score (with its band) at the start and at the end. */
    record ScoreLine(String measure, String start, String end) {
    }
}

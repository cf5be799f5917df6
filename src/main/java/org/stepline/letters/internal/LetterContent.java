package org.stepline.letters.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one letter says, already in plain words: composed from the record by {@link LetterComposer}, drawn as
 * a PDF by {@link LetterPdf} and as the discharge letter's preview page. Kept apart from both so that the wording can
 * be tested without a PDF.
 */
public record LetterContent(
        LetterKind kind,
        String date,
        String serviceName,
        String author,
        String gpPractice,
        String patientName,
        String givenName,
        String nhsNumber,
        String dateOfBirth,
        String pathwayId,
        String problem,
        String step,
        List<ScoreLine> scores,
        List<String> modes,
        @Nullable String outcome,
        List<String> plan,
        String thresholds,
        @Nullable SharedFormulation formulation) {

    /** A letter without the shared formulation. */
    public LetterContent(
            LetterKind kind,
            String date,
            String serviceName,
            String author,
            String gpPractice,
            String patientName,
            String givenName,
            String nhsNumber,
            String dateOfBirth,
            String pathwayId,
            String problem,
            String step,
            List<ScoreLine> scores,
            List<String> modes,
            @Nullable String outcome,
            List<String> plan,
            String thresholds) {
        this(
                kind,
                date,
                serviceName,
                author,
                gpPractice,
                patientName,
                givenName,
                nhsNumber,
                dateOfBirth,
                pathwayId,
                problem,
                step,
                scores,
                modes,
                outcome,
                plan,
                thresholds,
                null);
    }

    /** The letter with the shared formulation in it (the formulation section is added after the plan). */
    LetterContent with(SharedFormulation shared) {
        return new LetterContent(
                kind,
                date,
                serviceName,
                author,
                gpPractice,
                patientName,
                givenName,
                nhsNumber,
                dateOfBirth,
                pathwayId,
                problem,
                step,
                scores,
                modes,
                outcome,
                plan,
                thresholds,
                shared);
    }

    /** One questionnaire: its name and purpose, and the score (with its band) at the start and at the end. */
    public record ScoreLine(String measure, String start, String end) {}

    /**
     * The latest kept version of the formulation drawn with the patient, as plain text: a sentence saying what it is,
     * each box's label and entries, and the model's attribution.
     */
    public record SharedFormulation(String about, List<Box> boxes, String attribution) {

        public static final String HEADING = "Our shared formulation";
        public static final String NOTHING_WRITTEN = "Nothing written in this box.";

        public record Box(String label, List<String> entries) {}
    }
}

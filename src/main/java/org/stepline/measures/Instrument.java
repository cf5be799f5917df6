package org.stepline.measures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire, read from a data file in {@code instruments/}: its items and answers, how it is scored, its
 * bands and thresholds, its national codes and the attribution shown wherever it is displayed.
 */
public record Instrument(
        String id,
        String name,
        String title,
        String purpose,
        String stem,
        String attribution,
        String permission,
        Map<String, String> codes,
        List<AnswerOption> options,
        List<Item> items,
        Scoring scoring,
        List<Band> bands,
        @Nullable Integer caseness,
        @Nullable Integer reliableChange,
        List<RiskRule> risk) {

    public Instrument {
        codes = codes == null ? Map.of() : Map.copyOf(codes);
        bands = bands == null ? List.of() : List.copyOf(bands);
        risk = risk == null ? List.of() : List.copyOf(risk);
        items = List.copyOf(items);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public record AnswerOption(int value, String label) {

        /** What a person sees: the label, or the number alone for unlabelled points of a scale. */
        public String shown() {
            return label == null || label.isBlank() ? String.valueOf(value) : value + " – " + label;
        }
    }

    /** One question. {@code options} overrides the instrument's; {@code notApplicable} names an allowed "no answer". */
    public record Item(
            int number,
            String text,
            @Nullable String loinc,
            @Nullable String snomed,
            @Nullable List<AnswerOption> options,
            @Nullable String notApplicable) {

        public boolean allowsNotApplicable() {
            return notApplicable != null && !notApplicable.isBlank();
        }
    }

    public record Scoring(
            ScoringRule rule,
            @Nullable Integer min,
            @Nullable Integer max) {}

    public record Band(int from, int to, String label) {

        public boolean contains(int score) {
            return score >= from && score <= to;
        }
    }

    /** An answer that must reach a clinician at once, e.g. PHQ-9 item 9 above 0. */
    public record RiskRule(int item, int above, String message) {}

    public List<AnswerOption> optionsFor(Item item) {
        return item.options() != null && !item.options().isEmpty() ? item.options() : options;
    }

    public Optional<Item> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }

    public boolean hasTotal() {
        return scoring.rule().producesTotal();
    }

    public Optional<String> bandOf(int total) {
        return bands.stream().filter(b -> b.contains(total)).map(Band::label).findFirst();
    }

    /** At or above the caseness threshold (null when the instrument has none). */
    public @Nullable Boolean isCase(int total) {
        return caseness == null ? null : total >= caseness;
    }

    public boolean requiresServicePermission() {
        return "requires-service-permission".equals(permission);
    }
}

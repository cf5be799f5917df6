package org.stepline.datasets.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.shared.codes.PeqAnswer;

/**
 * The measures Stepline knows by the SNOMED CT code of their total score (PHQ-9 720433000, GAD-7 445455005 and any
 * the service adds): their range, severity bands and caseness, worked out once for every possible score. A code
 * Stepline does not know is imported as it is, with no range check, severity or caseness.
 */
final class KnownMeasures {

    record Measure(
            String instrumentId,
            String name,
            String snomedCode,
            int min,
            int max,
            String[] severity,
            Boolean[] caseness) {

        boolean inRange(int score) {
            return score >= min && score <= max;
        }

        @Nullable
        String severityOf(int score) {
            return severity[score - min];
        }

        @Nullable
        Boolean casenessOf(int score) {
            return caseness[score - min];
        }
    }

    /**
     * An item answered on its own row (the PEQ's, by the item's SNOMED CT code): a yes/no item ({@code max} 1) or one
     * scored 0 to {@code max}; answers in their national form ({@link PeqAnswer}).
     */
    record AnswerItem(String snomedCode, int max) {

        @Nullable
        PeqAnswer answer(String text) {
            return max == 1 ? PeqAnswer.yesNo(text) : PeqAnswer.scaled(text, max);
        }

        String forms() {
            return max == 1
                    ? "Y, N, NA or 99 (not stated)"
                    : "a whole number from 0 to " + max + ", NA or 99 (not stated)";
        }
    }

    private final KeyIndex codes = new KeyIndex();
    private final List<Measure> measures = new ArrayList<>();
    private final KeyIndex itemCodes = new KeyIndex();
    private final List<AnswerItem> items = new ArrayList<>();

    KnownMeasures(List<Measure> measures) {
        this(measures, List.of());
    }

    KnownMeasures(List<Measure> measures, List<AnswerItem> items) {
        for (Measure measure : measures) {
            if (codes.add(measure.snomedCode()) >= 0) {
                this.measures.add(measure);
            }
        }
        for (AnswerItem item : items) {
            if (codes.find(item.snomedCode()) < 0 && itemCodes.add(item.snomedCode()) >= 0) {
                this.items.add(item);
            }
        }
    }

    static KnownMeasures from(InstrumentCatalogue catalogue) {
        var measures = new ArrayList<Measure>();
        for (Instrument instrument : catalogue.all()) {
            String code = instrument.codes().get("snomedTotal");
            var scoring = instrument.scoring();
            if (code == null || !instrument.hasTotal() || scoring.min() == null || scoring.max() == null) {
                continue;
            }
            int min = scoring.min();
            int max = scoring.max();
            var severity = new String[max - min + 1];
            var caseness = new Boolean[max - min + 1];
            for (int score = min; score <= max; score++) {
                severity[score - min] = instrument.bandOf(score).orElse(null);
                caseness[score - min] = instrument.isCase(score);
            }
            measures.add(new Measure(instrument.id(), instrument.name(), code, min, max, severity, caseness));
        }
        return new KnownMeasures(measures, answerItems(catalogue));
    }

    /** The items of questionnaires without a total (the PEQ) that carry a SNOMED CT code of their own. */
    private static List<AnswerItem> answerItems(InstrumentCatalogue catalogue) {
        var items = new ArrayList<AnswerItem>();
        for (Instrument instrument : catalogue.all()) {
            if (instrument.hasTotal()) {
                continue;
            }
            for (var item : instrument.items()) {
                var options = instrument.optionsFor(item);
                if (item.snomed() != null && !options.isEmpty()) {
                    int max = options.stream()
                            .mapToInt(Instrument.AnswerOption::value)
                            .max()
                            .orElseThrow();
                    items.add(new AnswerItem(item.snomed(), max));
                }
            }
        }
        return items;
    }

    @Nullable
    AnswerItem item(byte[] b, int off, int len) {
        int index = itemCodes.find(b, off, len);
        return index < 0 ? null : items.get(index);
    }

    @Nullable
    Measure find(byte[] b, int off, int len) {
        int index = codes.find(b, off, len);
        return index < 0 ? null : measures.get(index);
    }

    List<Measure> all() {
        return List.copyOf(measures);
    }
}

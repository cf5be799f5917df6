package org.stepline.outcomes.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.InstrumentCatalogue;

/**
 * A measure as outcomes see it: how a score is recognised (Stepline instrument id or SNOMED CT code), its caseness
 * threshold (at or above), its reliable-change value (at least), the problem descriptors (ICD-10 prefixes) it is the
 * anxiety measure for, its severity bands for case mix, and where its thresholds come from. A measure Stepline has
 * an instrument file for takes its thresholds from that file ({@link #withThresholdsOf}); only measures without one
 * carry their own in {@code outcomes/measure-scales.json}.
 */
record MeasureScale(
        String id,
        String name,
        List<String> instrumentIds,
        List<String> snomedCodes,
        List<String> problems,
        @Nullable Double caseness,
        @Nullable Double reliableChange,
        @Nullable List<Band> bands,
        String source) {

    MeasureScale {
        instrumentIds = List.copyOf(instrumentIds);
        snomedCodes = List.copyOf(snomedCodes);
        problems = problems == null ? List.of() : List.copyOf(problems);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    record Band(int from, int to, String label) {}

    /** This measure with the thresholds of its instrument file, when there is one; refused when it has none at all. */
    MeasureScale withThresholdsOf(InstrumentCatalogue instruments) {
        var instrument = instrumentIds.stream()
                .map(instruments::find)
                .flatMap(java.util.Optional::stream)
                .filter(i -> i.caseness() != null && i.reliableChange() != null)
                .findFirst();
        Double ownCaseness = instrument.map(i -> i.caseness().doubleValue()).orElse(caseness);
        Double ownReliableChange =
                instrument.map(i -> i.reliableChange().doubleValue()).orElse(reliableChange);
        if (ownCaseness == null || ownReliableChange == null) {
            throw new IllegalStateException("The outcome measure " + id + " has no caseness and reliable change: "
                    + "give them in its instrument file, or in outcomes/measure-scales.json when it has none");
        }
        return new MeasureScale(
                id,
                name,
                instrumentIds,
                snomedCodes,
                problems,
                ownCaseness,
                ownReliableChange,
                bands,
                instrument.isPresent() ? "instrument file " + instrument.get().id() + "; " + source : source);
    }

    /** Whether a stored score is this measure: by instrument id in Stepline, by SNOMED CT code in extracts. */
    boolean recognises(String instrumentId, @Nullable String snomedCode) {
        return instrumentIds.contains(instrumentId)
                || snomedCodes.contains(instrumentId)
                || (snomedCode != null && snomedCodes.contains(snomedCode));
    }

    boolean isAnxietyMeasureFor(@Nullable String presentingProblem) {
        return presentingProblem != null && problems.stream().anyMatch(presentingProblem::startsWith);
    }

    boolean atCaseness(int score) {
        return score >= caseness;
    }

    /** The severity band a first score falls in, for case-mix strata; measures without bands use caseness. */
    String band(int score) {
        if (bands == null || bands.isEmpty()) {
            return name + (atCaseness(score) ? " at caseness" : " below caseness");
        }
        return bands.stream()
                .filter(b -> score >= b.from() && score <= b.to())
                .findFirst()
                .map(b -> name + " " + b.label())
                .orElse(name + " out of range");
    }
}

package org.stepline.measures.internal;

import java.util.HashSet;
import org.stepline.measures.Instrument;

/** Refuses, at start-up, an instrument file that could not be scored correctly. */
final class InstrumentCheck {

    private InstrumentCheck() {}

    static Instrument valid(Instrument instrument) {
        require(
                instrument.id() != null && instrument.id().matches("[A-Z0-9_]+"),
                instrument,
                "id must be upper-case letters, digits or _");
        require(!instrument.items().isEmpty(), instrument, "has no items");
        require(
                instrument.attribution() != null && !instrument.attribution().isBlank(),
                instrument,
                "has no attribution line");
        var numbers = new HashSet<Integer>();
        for (var item : instrument.items()) {
            require(numbers.add(item.number()), instrument, "item " + item.number() + " appears twice");
            require(!instrument.optionsFor(item).isEmpty(), instrument, "item " + item.number() + " has no answers");
        }
        for (var rule : instrument.risk()) {
            require(
                    numbers.contains(rule.item()),
                    instrument,
                    "risk rule names item " + rule.item() + " which does not exist");
        }
        if (instrument.hasTotal()) {
            int max = instrument.items().stream()
                    .mapToInt(i -> instrument.optionsFor(i).stream()
                            .mapToInt(Instrument.AnswerOption::value)
                            .max()
                            .orElse(0))
                    .sum();
            for (int total = 0; total <= max; total++) {
                require(
                        instrument.bands().isEmpty() || instrument.bandOf(total).isPresent(),
                        instrument,
                        "no band covers a total of " + total);
            }
        }
        return instrument;
    }

    private static void require(boolean condition, Instrument instrument, String problem) {
        if (!condition) {
            throw new IllegalStateException("Instrument " + instrument.id() + ": " + problem);
        }
    }
}

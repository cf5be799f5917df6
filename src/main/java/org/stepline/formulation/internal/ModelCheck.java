package org.stepline.formulation.internal;

import java.util.HashSet;
import java.util.Set;

/** Refuses, at start-up, a model file whose board could not be drawn or read in order. */
final class ModelCheck {

    private ModelCheck() {}

    static FormulationModel valid(FormulationModel model) {
        require(
                model.id() != null && model.id().matches("[A-Z0-9_]+"),
                model,
                "id must be upper-case letters, digits or _");
        require(present(model.name()), model, "has no name");
        require(present(model.attribution()), model, "has no attribution line");
        require(model.practitionerAddsBoxes() || !model.boxes().isEmpty(), model, "has no boxes");
        Set<String> keys = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (var box : model.boxes()) {
            require(
                    box.key() != null && box.key().matches("[a-z0-9_-]+"),
                    model,
                    "box key '" + box.key() + "' must be lower-case letters, digits, - or _");
            require(keys.add(box.key()), model, "box " + box.key() + " appears twice");
            require(present(box.label()), model, "box " + box.key() + " has no label");
            require(
                    box.row() >= 1 && box.row() <= FormulationModel.MAX_ROWS,
                    model,
                    "box " + box.key() + " has a row outside 1 to " + FormulationModel.MAX_ROWS);
            require(
                    box.width() >= 1 && box.column() >= 1 && box.column() + box.width() - 1 <= FormulationModel.COLUMNS,
                    model,
                    "box " + box.key() + " does not fit in " + FormulationModel.COLUMNS + " columns");
            for (int column = box.column(); column < box.column() + box.width(); column++) {
                require(cells.add(box.row() + ":" + column), model, "box " + box.key() + " overlaps another box");
            }
        }
        for (var arrow : model.arrows()) {
            require(
                    keys.contains(arrow.from()),
                    model,
                    "an arrow starts at box " + arrow.from() + " which does not exist");
            require(keys.contains(arrow.to()), model, "an arrow ends at box " + arrow.to() + " which does not exist");
            require(!arrow.from().equals(arrow.to()), model, "an arrow goes from box " + arrow.from() + " to itself");
        }
        return model;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(boolean condition, FormulationModel model, String problem) {
        if (!condition) {
            throw new IllegalStateException("Formulation model " + model.id() + ": " + problem);
        }
    }
}

package org.stepline.formulation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stepline.formulation.internal.BoardStore.AddedArrow;
import org.stepline.formulation.internal.BoardStore.AddedBox;

/**
 * The boxes of a board in reading order (row by row, left to right), each with the arrows leading on from it and
 * into it: the same order a screen reader reads and the grid draws. Boxes the practitioner added follow the model's,
 * in the order they were added.
 */
final class BoardLayout {

    private BoardLayout() {}

    static List<BoardBox> boxes(FormulationModel model, List<AddedBox> added, List<AddedArrow> addedArrows) {
        record Placed(String key, String label, String prompt, int row, int column, int span) {}
        List<Placed> placed = new ArrayList<>();
        model.boxes().stream()
                .sorted(Comparator.comparingInt(FormulationModel.Box::row)
                        .thenComparingInt(FormulationModel.Box::column))
                .forEach(b -> placed.add(new Placed(b.key(), b.label(), b.prompt(), b.row(), b.column(), b.width())));
        added.forEach(b -> placed.add(new Placed(b.key(), b.label(), null, 0, 0, 1)));
        Map<String, String> labels = placed.stream().collect(Collectors.toMap(Placed::key, Placed::label));
        List<FormulationModel.Arrow> arrows = new ArrayList<>(model.arrows());
        addedArrows.forEach(a -> arrows.add(new FormulationModel.Arrow(a.from(), a.to(), false, null)));
        return placed.stream()
                .map(p -> new BoardBox(
                        p.key(),
                        p.label(),
                        p.prompt(),
                        p.row(),
                        p.column(),
                        p.span(),
                        links(arrows, p.key(), labels, true),
                        links(arrows, p.key(), labels, false)))
                .toList();
    }

    /** Arrows out of a box ({@code out}) or into it; an arrow both ways counts as both. */
    private static List<BoardBox.Link> links(
            List<FormulationModel.Arrow> arrows, String key, Map<String, String> labels, boolean out) {
        Function<FormulationModel.Arrow, String> other = a -> a.from().equals(key) ? a.to() : a.from();
        return arrows.stream()
                .filter(a -> out
                        ? a.from().equals(key) || a.bothWays() && a.to().equals(key)
                        : a.to().equals(key) || a.bothWays() && a.from().equals(key))
                .filter(a -> labels.containsKey(other.apply(a)))
                .map(a -> new BoardBox.Link(other.apply(a), labels.get(other.apply(a)), a.label(), a.bothWays()))
                .toList();
    }
}

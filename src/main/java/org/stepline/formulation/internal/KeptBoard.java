package org.stepline.formulation.internal;

import java.util.List;

/** A version of a board as kept on the record: each box's label and the entries in it, in reading order. */
public record KeptBoard(String modelName, String attribution, List<KeptBox> boxes) {

    public record KeptBox(String key, String label, List<KeptEntry> entries) {}

    public record KeptEntry(String text, Writer by) {}

    static KeptBoard of(BoardView view) {
        return new KeptBoard(
                view.model().name(),
                view.model().attribution(),
                view.boxes().stream()
                        .map(b -> new KeptBox(
                                b.key(),
                                b.label(),
                                view.entriesIn(b.key()).stream()
                                        .map(e -> new KeptEntry(e.text(), e.by()))
                                        .toList()))
                        .toList());
    }
}

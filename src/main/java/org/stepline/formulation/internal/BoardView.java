package org.stepline.formulation.internal;

import java.util.List;
import java.util.Map;

/** Everything a board page draws: the model, its boxes in reading order, their entries, and the last change's number. */
public record BoardView(
        BoardRow board, FormulationModel model, List<BoardBox> boxes, Map<String, List<Entry>> entries, long lastSeq) {

    public List<Entry> entriesIn(String box) {
        return entries.getOrDefault(box, List.of());
    }

    public int entryCount() {
        return entries.values().stream().mapToInt(List::size).sum();
    }
}

package org.stepline.formulation.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A formulation model, read from a data file in {@code formulation-models/}: its boxes (label, prompt and place on a
 * three-column grid), the arrows between them and the attribution shown with it. The blank board has no boxes of
 * its own: the practitioner adds them.
 */
public record FormulationModel(
        String id,
        String name,
        String description,
        String attribution,
        boolean practitionerAddsBoxes,
        List<Box> boxes,
        List<Arrow> arrows) {

    public static final int COLUMNS = 3;
    public static final int MAX_ROWS = 8;

    public FormulationModel {
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        arrows = arrows == null ? List.of() : List.copyOf(arrows);
    }

    /** A box: {@code row} and {@code column} from 1, {@code span} columns wide (1 when absent). */
    public record Box(
            String key,
            String label,
            @Nullable String prompt,
            int row,
            int column,
            @Nullable Integer span) {

        public int width() {
            return span == null ? 1 : span;
        }
    }

    /** From one box to another, optionally both ways, optionally with a word on it ("Yes", "No"). */
    public record Arrow(
            String from,
            String to,
            boolean bothWays,
            @Nullable String label) {}

    public Optional<Box> box(String key) {
        return boxes.stream().filter(b -> b.key().equals(key)).findFirst();
    }
}

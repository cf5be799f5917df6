package org.stepline.formulation.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A box as drawn on a particular board: the model's, or one the practitioner added, with where it goes and what leads on from it. */
public record BoardBox(
        String key,
        String label,
        @Nullable String prompt,
        int row,
        int column,
        int span,
        List<Link> leadsTo,
        List<Link> comesFrom) {

    /** An arrow seen from one end: the other box's label and the word on the arrow, if any. */
    public record Link(String key, String label, @Nullable String word, boolean bothWays) {

        public String describe() {
            return label + (word == null ? "" : " (" + word + ")");
        }
    }

    /** CSS classes placing the box on the grid (the layout is drawn by the model; nobody drags anything). */
    public String placement() {
        return row == 0
                ? "formulation-box--flow"
                : "formulation-box--r" + row + " formulation-box--c" + column + " formulation-box--w" + span;
    }
}

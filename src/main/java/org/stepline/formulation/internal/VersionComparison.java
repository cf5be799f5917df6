package org.stepline.formulation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Two kept versions side by side, box by box: what was added since the earlier one and what is no longer there. */
public record VersionComparison(List<BoxDifference> boxes) {

    public record BoxDifference(String label, List<String> kept, List<String> added, List<String> gone) {

        public boolean changed() {
            return !added.isEmpty() || !gone.isEmpty();
        }
    }

    static VersionComparison of(KeptBoard earlier, KeptBoard later) {
        Map<String, KeptBoard.KeptBox> before =
                earlier.boxes().stream().collect(Collectors.toMap(KeptBoard.KeptBox::key, Function.identity()));
        List<BoxDifference> boxes = new ArrayList<>();
        for (var box : later.boxes()) {
            List<String> was = texts(before.get(box.key()));
            List<String> now = texts(box);
            boxes.add(new BoxDifference(
                    box.label(),
                    now.stream().filter(was::contains).toList(),
                    now.stream().filter(t -> !was.contains(t)).toList(),
                    was.stream().filter(t -> !now.contains(t)).toList()));
        }
        return new VersionComparison(boxes);
    }

    private static List<String> texts(KeptBoard.KeptBox box) {
        return box == null
                ? List.of()
                : box.entries().stream().map(KeptBoard.KeptEntry::text).toList();
    }
}

package org.stepline.outcomes.internal;

import java.util.List;
import java.util.Map;

/** Figures side by side: the whole service first, then one column per group. */
public record FigureTable(Grouping grouping, List<Column> columns) {

    public record Column(String key, String label, Map<Figure, FigureValue> values) {

        public FigureValue value(Figure figure) {
            return values.getOrDefault(figure, figure.isCount() ? FigureValue.count(0) : FigureValue.NONE);
        }
    }

    public List<Figure> figures() {
        return List.of(Figure.values());
    }

    public Column all() {
        return columns.getFirst();
    }

    public List<Column> groups() {
        return columns.subList(1, columns.size());
    }
}

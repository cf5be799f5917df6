package org.stepline.measures.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Form fields are named {@code INSTRUMENT.item}, e.g. {@code PHQ9.9}; this groups them by instrument. */
final class AnswerParams {

    private AnswerParams() {}

    static Map<String, Map<Integer, String>> byInstrument(Map<String, String> params) {
        Map<String, Map<Integer, String>> grouped = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            int dot = name.indexOf('.');
            if (dot > 0 && name.substring(dot + 1).matches("\\d{1,3}")) {
                grouped.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<>())
                        .put(Integer.parseInt(name.substring(dot + 1)), value);
            }
        });
        return grouped;
    }

    static Map<Integer, String> forInstrument(String instrumentId, Map<String, String> params) {
        return byInstrument(params).getOrDefault(instrumentId, Map.of());
    }
}

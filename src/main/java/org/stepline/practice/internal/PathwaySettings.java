package org.stepline.practice.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a pathway's telephone work was done: the setting of more than half of its telephone contacts that recorded
 * one, otherwise "mixed" (the same rule as a pathway's treatment mode); none when no contact recorded a setting.
 */
final class PathwaySettings {

    static final String MIXED = "mixed";

    private PathwaySettings() {}

    static @Nullable String of(List<String> settings) {
        if (settings.isEmpty()) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        settings.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() * 2 > settings.size())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(MIXED);
    }

    static Map<Long, String> ofEach(Map<Long, List<String>> settingsByReferral) {
        Map<Long, String> pathways = new HashMap<>();
        settingsByReferral.forEach((referral, settings) -> {
            String setting = of(settings);
            if (setting != null) {
                pathways.put(referral, setting);
            }
        });
        return pathways;
    }
}

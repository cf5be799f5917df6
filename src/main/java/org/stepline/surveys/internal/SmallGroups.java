package org.stepline.surveys.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups' results may be shown: the service when at least {@code minimum} people answered, each team with
 * at least that many. When the hidden teams together hold fewer than {@code minimum} people, the service's result
 * minus the shown teams' would give them away, so the smallest shown teams are hidden too until the hidden ones
 * hold at least {@code minimum} people (or none is left to hide).
 */
final class SmallGroups {

    /** The floor for anonymity: a service may raise it (its small-number setting), never lower it. */
    static final int ANONYMITY_FLOOR = 5;

    record Visible(boolean service, Set<Long> teams) {

        static final Visible NOTHING = new Visible(false, Set.of());
    }

    private SmallGroups() {}

    static Visible of(Map<Long, Integer> respondentsByTeam, int minimum) {
        int total =
                respondentsByTeam.values().stream().mapToInt(Integer::intValue).sum();
        if (total < minimum) {
            return Visible.NOTHING;
        }
        List<Map.Entry<Long, Integer>> bySize = respondentsByTeam.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .toList();
        Set<Long> shown = new LinkedHashSet<>();
        int hidden = 0;
        for (var team : bySize) {
            if (team.getValue() >= minimum) {
                shown.add(team.getKey());
            } else {
                hidden += team.getValue();
            }
        }
        for (var team : bySize) {
            if (hidden == 0 || hidden >= minimum) {
                break;
            }
            if (shown.remove(team.getKey())) {
                hidden += team.getValue();
            }
        }
        return new Visible(true, Set.copyOf(shown));
    }
}

package org.stepline.demo;

import java.util.List;
import java.util.Random;

/**
 * Seeded randomness for the demo: {@link Random}'s algorithm is fixed by its specification, so a seed gives the
 * same service on every JVM.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of {@code values}, chosen with the given relative weights. */
    <T> T weighted(Weighted<T> values) {
        double roll = random.nextDouble() * values.total();
        for (int i = 0; i < values.values().size(); i++) {
            roll -= values.weights()[i];
            if (roll < 0) {
                return values.values().get(i);
            }
        }
        return values.values().getLast();
    }

    /** Values with relative weights, written as pairs: {@code Weighted.of("A1", 35, "B1", 50)}. */
    record Weighted<T>(List<T> values, double[] weights, double total) {

        @SuppressWarnings("unchecked")
        static <T> Weighted<T> of(Object... valueWeightPairs) {
            int n = valueWeightPairs.length / 2;
            var values = new java.util.ArrayList<T>(n);
            double[] weights = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                values.add((T) valueWeightPairs[2 * i]);
                weights[i] = ((Number) valueWeightPairs[2 * i + 1]).doubleValue();
                total += weights[i];
            }
            return new Weighted<>(List.copyOf(values), weights, total);
        }
    }
}

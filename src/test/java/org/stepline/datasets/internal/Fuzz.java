package org.stepline.datasets.internal;

import java.util.SplittableRandom;

/**
 * Seeded random tries for the fuzz tests: each try gets its own seed, and a failing try is reported with it, so
 * that {@code -Dstepline.fuzz.seed=S -Dstepline.fuzz.tries=1} replays it exactly. {@code -Dstepline.fuzz.tries=N}
 * sets the number of tries (500 in {@code ./mvnw verify}; a longer run in docs/decisions.md).
 */
final class Fuzz {

    interface Try {
        void run(SplittableRandom random) throws Exception;
    }

    private Fuzz() {}

    static void tries(Try check) {
        int tries = Integer.getInteger("stepline.fuzz.tries", 500);
        long first = Long.getLong("stepline.fuzz.seed", new SplittableRandom().nextLong());
        for (int i = 0; i < tries; i++) {
            long seed = first + i;
            try {
                check.run(new SplittableRandom(seed));
            } catch (Exception | AssertionError e) {
                throw new AssertionError(
                        "Fuzz try failed; replay with -Dstepline.fuzz.seed=" + seed + " -Dstepline.fuzz.tries=1", e);
            }
        }
    }
}

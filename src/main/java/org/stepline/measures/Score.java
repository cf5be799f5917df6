package org.stepline.measures;

import org.jspecify.annotations.Nullable;

/** The result of scoring one administration: its total, band and caseness, where the instrument has them. */
public record Score(
        @Nullable Integer total,
        @Nullable String band,
        @Nullable Boolean caseness) {

    public static final Score UNSCORED = new Score(null, null, null);
}

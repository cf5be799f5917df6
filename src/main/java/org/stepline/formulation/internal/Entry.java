package org.stepline.formulation.internal;

import org.jspecify.annotations.Nullable;

/** One short sentence in a box, with its own version: each save of it adds one. */
public record Entry(
        long id,
        String box,
        String text,
        int version,
        Writer by,
        boolean removed,
        @Nullable String clientId) {}

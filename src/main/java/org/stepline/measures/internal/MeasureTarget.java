package org.stepline.measures.internal;

import org.jspecify.annotations.Nullable;

/** Where answers belong: always derived from the appointment or the request, never taken from a form. */
public record MeasureTarget(
        long patientId,
        long referralId,
        long teamId,
        @Nullable Long appointmentId) {}

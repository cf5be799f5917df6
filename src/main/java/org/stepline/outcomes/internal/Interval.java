package org.stepline.outcomes.internal;

/** A 95 % confidence interval. */
public record Interval(double lower, double upper) {}

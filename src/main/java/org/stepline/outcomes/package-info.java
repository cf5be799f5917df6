/**
 * Outcomes: the national NHS Talking Therapies outcome definitions, one rule per function, a per-pathway outcome
 * row kept current as the record changes, and every service figure broken down by mode of delivery.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.outcomes;

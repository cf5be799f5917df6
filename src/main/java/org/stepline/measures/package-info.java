/**
 * Measures: questionnaires defined as data (PHQ-9, GAD-7, phobia scales, WSAS, PEQ), their scoring, scores
 * entered in session or by the patient before it on a one-time link, and risk alerts that cannot go unseen.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.measures;

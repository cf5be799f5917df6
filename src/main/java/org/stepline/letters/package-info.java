/**
 * Letters: letters to the patient's GP after assessment and at discharge, as PDF – the problem, step, scores at the
 * start and end, modes of delivery, outcome and plan – written when the event happens and stored on the record. A
 * discharge letter can be previewed and written again, with the latest kept version of the shared formulation when the
 * practitioner chooses (read through {@code formulation.KeptFormulations}).
 */
@org.jspecify.annotations.NullMarked
package org.stepline.letters;

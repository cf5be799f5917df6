/**
 * Letters: letters to the patient's GP after assessment and at discharge, as PDF – the problem, step, scores at the
 * start and end, modes of delivery, outcome and plan – written when the event happens and stored on the record.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.letters;

/**
 * National code lists of the NHS Talking Therapies dataset (consultation mechanisms, attendance, appointment types,
 * stages, steps, presenting problems and complaints, PEQ answers), one place each: the lists are data in
 * {@code codes/*.csv}, read by {@code CodeFiles}; {@code CodeForm} reads a code in every form national data has it.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.shared.codes;

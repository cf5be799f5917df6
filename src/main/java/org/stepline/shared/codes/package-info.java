/**
 * National code lists of the NHS Talking Therapies dataset (consultation mechanisms, attendance, appointment types,
 * stages, steps), one place each.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.shared.codes;

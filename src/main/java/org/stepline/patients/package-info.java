/**
 * Patients: identity, demographics and the details telephone work depends on (numbers, voicemail consent, safe
 * times to call, preferred mode). Guards every patient read by team.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.patients;

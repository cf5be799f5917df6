/**
 * Formulation: the shared formulation board that practitioner and patient write on together, live, during a
 * telephone or video session. Models are data files ({@code formulation-models/}); a board belongs to a referral;
 * the patient joins by a six-digit code and their date of birth; changes travel between nodes by PostgreSQL
 * LISTEN/NOTIFY; each time the board is closed a version is kept on the record ({@link FormulationsOnRecord}).
 */
@org.jspecify.annotations.NullMarked
package org.stepline.formulation;

/**
 * Self-referral: the public pages on which a person refers themselves (eligibility, details, equality questions, an
 * informed choice of how to be seen, the questionnaires, help at once when they are at risk) and the staff's triage
 * of what arrives. Patients, referrals, measures and messages are reached through those modules' interfaces.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.selfreferral;

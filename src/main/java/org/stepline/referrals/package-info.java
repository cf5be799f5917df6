/**
 * Referrals: the pathway from referral to discharge — source, step, assigned practitioner, stage and the date
 * each stage was entered, discharge with its end code.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.referrals;

/**
 * Record: the patient record page, which brings together what other modules hold about one patient – details and
 * telephone-work preferences, referrals, the contact timeline, scores, risk alerts and questionnaire links. It sits
 * above those modules so that none of them has to depend on another to draw it.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.record;

/**
 * Audit: the append-only trail of every view and change of a patient's record, and the administrator's page
 * that reads it.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.audit;

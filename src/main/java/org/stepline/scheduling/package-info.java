/**
 * Scheduling: appointments and care contacts in every mode, with the telephone's call attempts, identity check
 * and private-and-safe check. A contact of any mode counts the same.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.scheduling;

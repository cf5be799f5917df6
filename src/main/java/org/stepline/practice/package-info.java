/**
 * Telephone practice: the page that puts together how telephone work is going for the service and each team, the
 * practitioner's own view of their outcomes by mode, and what the service does to support telephone work
 * (training, observed sessions, telephone champions). Figures come from the outcomes engine, scheduling and staff
 * surveys; this module owns only the support records.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.practice;

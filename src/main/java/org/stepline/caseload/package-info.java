/**
 * Caseload: the lists clinicians and managers steer by — my caseload, the team's waiting list and the service
 * overview. Reads other modules through their published interfaces only.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.caseload;

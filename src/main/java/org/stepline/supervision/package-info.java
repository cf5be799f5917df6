/**
 * Supervision: case-management supervision of caseloads. Flags computed from the record (risk, deterioration,
 * missed appointments, no contact, waiting, no improvement, still at caseness), the supervision pages, and
 * supervision notes with decisions and actions. Depends on the clinical modules (and on datasets, whose imports
 * make it forget its kept flag inputs); none of them depends on it
 * except {@code record} and {@code caseload}, which show notes and open actions through {@link
 * org.stepline.supervision.SupervisionNotes}.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.supervision;

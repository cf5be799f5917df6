package org.stepline.audit;

import java.time.Instant;
import java.util.List;

/**
 * "Who has seen this patient's details, and when": for a subject-access or Caldicott request. One query finds the
 * entries about the patient (their record read, changed, refused…) and those of pages that listed them.
 */
public interface PatientAccessLog {

    /** An entry naming the patient: {@code inList} when the patient was one of those shown on a list page. */
    record Access(long entryId, Instant occurredAt, String actor, AuditAction action, String detail, boolean inList) {}

    /** Every entry naming the patient, oldest first. */
    List<Access> whoSaw(long patientId);
}

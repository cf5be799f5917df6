package org.stepline.practice.internal;

import java.time.LocalDate;

/** Telephone-work training a member of staff completed. */
public record Training(long staffId, String course, LocalDate completedOn) {}

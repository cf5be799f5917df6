package org.stepline.caseload.internal;

import java.time.LocalDate;

/** A referral waiting for assessment or treatment, with its wait against the 6 and 18 week standards. */
public record WaitingRow(
        long referralId,
        long patientId,
        String patientName,
        String nhsNumber,
        LocalDate receivedDate,
        long daysWaiting,
        WaitRag rag,
        int step,
        String presentingProblem,
        String practitioner) {}

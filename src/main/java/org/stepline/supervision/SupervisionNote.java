package org.stepline.supervision;

import java.time.Instant;
import java.util.List;

/** A supervision note on a referral: what was discussed, the decision, and the actions agreed. */
public record SupervisionNote(
        long id,
        long referralId,
        String discussion,
        Decision decision,
        String recordedBy,
        Instant recordedAt,
        List<SupervisionAction> actions) {}

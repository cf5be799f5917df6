package org.stepline.measures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * For a sender (SMS, e-mail): which scheduled questionnaire requests are due, and their one-time links. The token
 * is made when the link is issued and never stored, so the sender must deliver the link it is given at once.
 */
public interface QuestionnaireDelivery {

    /** A scheduled request whose send-after time has come and that has not been issued. */
    record Due(long requestId, long patientId, Instant sendAfter) {}

    /** A link to deliver: the path under Stepline's public address ({@code /q/…}) and when it stops working. */
    record Link(String path, Instant expiresAt) {}

    /** Every request still SCHEDULED whose send-after time is at or before {@code now}, oldest first. */
    List<Due> due(Instant now);

    /**
     * Issues the request's link for delivery on a channel ({@code SMS}, {@code EMAIL}). A request already issued
     * on the same channel and not yet opened with a date of birth gets a fresh token (the earlier one stops
     * working), so that a failed delivery can be retried. Empty when the request was revoked, completed, locked or
     * issued another way.
     */
    Optional<Link> issue(long requestId, String channel);
}

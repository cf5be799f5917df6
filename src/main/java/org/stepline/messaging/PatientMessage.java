package org.stepline.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.ServiceTime;

/**
 * One message to a patient and where it stands. {@code status} is QUEUED, SENDING, SENT, FAILED or CANCELLED; a
 * FAILED message with a next attempt will be tried again.
 */
public record PatientMessage(
        long id,
        String kind,
        @Nullable MessageChannel channel,
        Instant dueAt,
        String status,
        int attempts,
        @Nullable String lastFailure,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String linkLabel) {

    public String what() {
        if (linkLabel != null) {
            return linkLabel;
        }
        return switch (kind) {
            case "QUESTIONNAIRE_LINK" -> "Questionnaire link";
            case "APPOINTMENT_MOVED" -> "Appointment moved";
            default -> "Appointment reminder";
        };
    }

    public String channelLabel() {
        return channel == null ? "None" : channel.label();
    }

    public String due() {
        return ServiceTime.dateTime(dueAt);
    }

    /** The status in words, with the attempts and the next try where they matter. */
    public String statusText() {
        return switch (status) {
            case "SENT" -> "Sent " + ServiceTime.dateTime(sentAt) + (attempts > 1 ? " (attempt " + attempts + ")" : "");
            case "FAILED" ->
                nextAttemptAt == null
                        ? "Failed after " + attempts + (attempts == 1 ? " attempt" : " attempts") + ": not tried again"
                        : "Failed (attempt " + attempts + "), will be tried again "
                                + ServiceTime.dateTime(nextAttemptAt);
            case "SENDING" -> "Being sent";
            case "CANCELLED" -> "Not sent";
            default -> attempts > 0 ? "Queued (retry)" : "Queued";
        };
    }

    /** NHS.UK tag colour for the status. */
    public String tagClass() {
        return switch (status) {
            case "SENT" -> "nhsuk-tag--green";
            case "FAILED" -> nextAttemptAt == null ? "nhsuk-tag--red" : "nhsuk-tag--orange";
            case "CANCELLED" -> "nhsuk-tag--grey";
            default -> "nhsuk-tag--blue";
        };
    }
}

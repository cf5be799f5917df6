package org.stepline.messaging;

import java.util.List;

/**
 * Sends a patient on record a link from another module (a {@link PatientLinkIssuer}) by text message or e-mail, like
 * questionnaire links: queued now, the link minted when it is sent, the message shown on the record's messages panel.
 */
public interface PatientLinks {

    /** The channels the patient can be sent a message on (an address on record, not opted out), best first. */
    List<MessageChannel> channelsFor(long patientId);

    /**
     * Queues the message; returns its id. {@code source} names the issuer. Refused (IllegalArgumentException, with words
     * for the form) when the patient cannot be sent messages on that channel.
     */
    long send(long patientId, MessageChannel channel, String source, long reference);
}

package org.stepline.messaging;

/**
 * A single message to an address given by someone not (yet) on record, such as the confirmation of a
 * self-referral: queued now and sent by the sender like any other. The words must carry nothing clinical.
 */
public interface OneOffMessages {

    /** Queues the message; returns its id. */
    long queue(MessageChannel channel, String address, String subject, String body);
}

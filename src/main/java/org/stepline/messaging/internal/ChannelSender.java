package org.stepline.messaging.internal;

import org.stepline.messaging.MessageChannel;

/** Delivers a message on one channel. */
interface ChannelSender {

    MessageChannel channel();

    /** False when this server has no settings for the channel: its messages then stay QUEUED. */
    boolean configured();

    /** Sends the message and returns the provider's reference; throws with a plain reason when it was not accepted. */
    String send(String address, MessageKind kind, MessageTexts.Content content, long messageId) throws DeliveryFailed;

    /** The provider did not accept the message; {@code getMessage()} says why in words staff can act on. */
    final class DeliveryFailed extends Exception {

        DeliveryFailed(String reason) {
            super(reason);
        }

        DeliveryFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}

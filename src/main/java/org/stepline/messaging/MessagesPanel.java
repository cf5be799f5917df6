package org.stepline.messaging;

import java.util.List;
import java.util.Set;

/** The record page's messages section: the patient's messages, newest first, and the channels opted out of. */
public record MessagesPanel(long patientId, List<PatientMessage> messages, Set<MessageChannel> optedOut) {

    public boolean optedOutOf(MessageChannel channel) {
        return optedOut.contains(channel);
    }

    public List<MessageChannel> channels() {
        return List.of(MessageChannel.values());
    }
}

package org.stepline.messaging.internal;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.OneOffMessages;

@Service
class QueuedOneOffMessages implements OneOffMessages {

    private final OutboundMessages messages;
    private final Clock clock;

    QueuedOneOffMessages(OutboundMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public long queue(MessageChannel channel, String address, String subject, String body) {
        return messages.queueOneOff(channel, address, subject, body, clock.instant());
    }
}

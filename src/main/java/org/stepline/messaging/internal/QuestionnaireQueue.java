package org.stepline.messaging.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepline.measures.QuestionnaireDelivery;
import org.stepline.messaging.MessageChannel;
import org.stepline.patients.PatientDirectory;

/**
 * Queues one message for every questionnaire request measures has scheduled and is now due, whoever scheduled it
 * (booking, discharge). One channel per request, because a link's token can be handed out only once: a text message
 * when the patient has a mobile, else an e-mail, preferring a channel this server can send on.
 */
@Component
class QuestionnaireQueue {

    private final QuestionnaireDelivery questionnaires;
    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final PatientDirectory patients;

    QuestionnaireQueue(
            QuestionnaireDelivery questionnaires,
            OutboundMessages messages,
            OptOuts optOuts,
            PatientDirectory patients) {
        this.questionnaires = questionnaires;
        this.messages = messages;
        this.optOuts = optOuts;
        this.patients = patients;
    }

    void queueDue(Instant now, Set<MessageChannel> ready) {
        var due = questionnaires.due(now);
        var notQueued = Set.copyOf(messages.linksNotQueued(
                due.stream().map(QuestionnaireDelivery.Due::requestId).toList()));
        for (var request : due) {
            if (!notQueued.contains(request.requestId())) {
                continue;
            }
            var patient = patients.details(request.patientId());
            var possible = ReminderPlan.channels(
                    patient.mobilePhone() != null, patient.email() != null, optOuts.of(request.patientId()));
            MessageChannel channel = choose(possible, ready);
            messages.queueLink(
                    request.patientId(),
                    request.requestId(),
                    channel,
                    now,
                    channel == null ? "No mobile number or email address the patient may be sent messages on" : null);
        }
    }

    static @Nullable MessageChannel choose(Set<MessageChannel> possible, Set<MessageChannel> ready) {
        for (var channel : List.of(MessageChannel.SMS, MessageChannel.EMAIL)) {
            if (possible.contains(channel) && ready.contains(channel)) {
                return channel;
            }
        }
        return possible.isEmpty() ? null : possible.iterator().next();
    }
}

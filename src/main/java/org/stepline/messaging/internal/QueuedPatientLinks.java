package org.stepline.messaging.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.PatientLinkIssuer;
import org.stepline.messaging.PatientLinks;
import org.stepline.patients.PatientDirectory;

@Service
class QueuedPatientLinks implements PatientLinks {

    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final PatientDirectory patients;
    private final MessageSender sender;
    private final Map<String, PatientLinkIssuer> issuers;
    private final Clock clock;

    QueuedPatientLinks(
            OutboundMessages messages,
            OptOuts optOuts,
            PatientDirectory patients,
            MessageSender sender,
            List<PatientLinkIssuer> issuers,
            Clock clock) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.patients = patients;
        this.sender = sender;
        this.issuers = issuers.stream().collect(Collectors.toMap(PatientLinkIssuer::source, Function.identity()));
        this.clock = clock;
    }

    /** As for questionnaire links: a channel this server can send on first, a text message before an e-mail. */
    @Override
    public List<MessageChannel> channelsFor(long patientId) {
        var patient = patients.details(patientId);
        var ready = sender.configuredChannels();
        return ReminderPlan.channels(patient.mobilePhone() != null, patient.email() != null, optOuts.of(patientId))
                .stream()
                .sorted(Comparator.comparing((MessageChannel c) -> !ready.contains(c))
                        .thenComparing(c -> c))
                .toList();
    }

    @Override
    public long send(long patientId, MessageChannel channel, String source, long reference) {
        if (!issuers.containsKey(source)) {
            throw new IllegalStateException("No link issuer named " + source);
        }
        if (!channelsFor(patientId).contains(channel)) {
            throw new IllegalArgumentException(
                    channel == MessageChannel.SMS
                            ? "The patient has no mobile number on record, or does not want text messages"
                            : "The patient has no email address on record, or does not want emails");
        }
        return messages.queuePatientLink(patientId, channel, source, reference, clock.instant());
    }
}

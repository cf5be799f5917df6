package org.stepline.messaging.internal;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.stepline.measures.QuestionnaireDelivery;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.PatientLinkIssuer;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientDirectory;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.codes.Attendance;

/**
 * Sends what is due, on any number of nodes at once: claims a batch (one short statement, FOR UPDATE SKIP LOCKED),
 * checks each message is still wanted, sends it outside any transaction, then marks it SENT, FAILED (with the
 * reason and the next attempt) or CANCELLED (with the reason). A claim only its own node can settle.
 */
@Service
public class MessageSender {

    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

    /** A message ready to go, or the reason it should not. */
    private record Composed(
            @Nullable String address,
            MessageTexts.@Nullable Content content,
            @Nullable String cancelReason) {

        static Composed cancel(String reason) {
            return new Composed(null, null, reason);
        }
    }

    private final String node = nodeName();
    private volatile boolean stopping;
    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final QuestionnaireQueue links;
    private final OptOutLinks optOutLinks;
    private final Map<MessageChannel, ChannelSender> senders = new EnumMap<>(MessageChannel.class);
    private final PatientDirectory patients;
    private final ContactHistory contacts;
    private final QuestionnaireDelivery questionnaires;
    private final MessagingProperties properties;
    private final MessageTexts texts;
    private final String publicUrl;
    private final Clock clock;
    private final Map<String, PatientLinkIssuer> issuers = new java.util.HashMap<>();

    MessageSender(
            OutboundMessages messages,
            OptOuts optOuts,
            QuestionnaireQueue links,
            OptOutLinks optOutLinks,
            List<ChannelSender> senders,
            List<PatientLinkIssuer> issuers,
            PatientDirectory patients,
            ContactHistory contacts,
            QuestionnaireDelivery questionnaires,
            MessagingProperties properties,
            @Value("${stepline.public-url:http://localhost:8080}") String publicUrl,
            Clock clock) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.links = links;
        this.optOutLinks = optOutLinks;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        issuers.forEach(issuer -> this.issuers.put(issuer.source(), issuer));
        this.patients = patients;
        this.contacts = contacts;
        this.questionnaires = questionnaires;
        this.properties = properties;
        this.texts = new MessageTexts(properties.serviceName(), properties.servicePhone());
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The channels this server can send on; messages on the others stay QUEUED. */
    public Set<MessageChannel> configuredChannels() {
        Set<MessageChannel> ready = EnumSet.noneOf(MessageChannel.class);
        senders.values().stream().filter(ChannelSender::configured).forEach(s -> ready.add(s.channel()));
        return ready;
    }

    /** One round of the sender: returns how many messages it settled. */
    public int sendDue() {
        Instant now = clock.instant();
        int released = messages.releaseStuck(now, properties.stuckAfter(), properties.maxAttempts());
        if (released > 0) {
            log.warn("{} message(s) were left SENDING by a node that stopped; they will be sent again", released);
        }
        Set<MessageChannel> ready = configuredChannels();
        links.queueDue(now, ready);
        int settled = 0;
        int limit = properties.batchSize() * 20; // a round ends; the next poll carries on
        while (settled < limit) {
            var batch = messages.claim(node, clock.instant(), ready, properties.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            for (var claimed : batch) {
                if (stopping) {
                    messages.release(claimed.id(), node);
                    continue;
                }
                deliver(claimed);
                settled++;
            }
            if (stopping) {
                break;
            }
        }
        return settled;
    }

    /**
     * The node is shutting down: the message being sent is finished, and the rest of the claimed batch is given
     * back at once instead of waiting {@code stuck-after} for another node to take it.
     */
    void stopSending() {
        stopping = true;
    }

    private void deliver(OutboundMessages.Claimed message) {
        boolean settled;
        try {
            Composed composed = compose(message);
            if (composed.cancelReason() != null) {
                settled = messages.markCancelled(message.id(), node, composed.cancelReason());
            } else {
                String reference = senders.get(message.channel())
                        .send(composed.address(), message.kind(), composed.content(), message.id());
                settled = messages.markSent(message.id(), node, clock.instant(), reference);
            }
        } catch (ChannelSender.DeliveryFailed e) {
            settled = fail(message, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Message {} could not be prepared", message.id(), e);
            settled = fail(message, "Stepline could not prepare the message: " + e.getMessage());
        }
        if (!settled) {
            log.warn("Message {} was released by another node while this one ({}) was sending it", message.id(), node);
        }
    }

    private boolean fail(OutboundMessages.Claimed message, String reason) {
        Instant retry = RetryRule.nextAttempt(
                clock.instant(),
                message.attempts(),
                properties.maxAttempts(),
                properties.retryDelay(),
                properties.maxRetryDelay());
        return messages.markFailed(message.id(), node, reason, retry);
    }

    private Composed compose(OutboundMessages.Claimed message) {
        MessageChannel channel = message.channel();
        if (message.kind() == MessageKind.ONE_OFF) {
            var oneOff = message.oneOff();
            return new Composed(oneOff.address(), texts.oneOff(oneOff.subject(), oneOff.body()), null);
        }
        if (optOuts.of(message.patientId()).contains(channel)) {
            return Composed.cancel("The patient opted out of " + channel.plural());
        }
        PatientDetails patient = patients.details(message.patientId());
        String address = channel == MessageChannel.SMS ? patient.mobilePhone() : patient.email();
        if (address == null || address.isBlank()) {
            return Composed.cancel(
                    channel == MessageChannel.SMS ? "No mobile number on record" : "No email address on record");
        }
        boolean email = channel == MessageChannel.EMAIL;
        if (message.kind() == MessageKind.PATIENT_LINK) {
            return patientLink(message, patient.givenName(), address, email);
        }
        if (message.kind() == MessageKind.APPOINTMENT_REMINDER || message.kind() == MessageKind.APPOINTMENT_MOVED) {
            var appointment = contacts.find(message.appointmentId()).orElse(null);
            if (appointment == null) {
                return Composed.cancel("The appointment no longer exists");
            }
            if (appointment.attendance() != Attendance.NOT_YET) {
                return Composed.cancel("The appointment is no longer booked ("
                        + appointment.attendance().label() + ")");
            }
            if (!appointment.startsAt().equals(message.appointmentStartsAt())) {
                return Composed.cancel(
                        message.kind() == MessageKind.APPOINTMENT_MOVED
                                ? "The appointment was moved again; a later message gives its new time"
                                : "The appointment was moved to another time");
            }
            if (!appointment.startsAt().isAfter(clock.instant())) {
                return Composed.cancel("The appointment time had passed");
            }
            if (message.kind() == MessageKind.APPOINTMENT_MOVED) {
                return new Composed(
                        address,
                        texts.moved(
                                patient.givenName(),
                                message.appointmentMovedFrom(),
                                appointment.startsAt(),
                                appointment.mode(),
                                email,
                                optOutUrl(message)),
                        null);
            }
            return new Composed(
                    address,
                    texts.reminder(
                            patient.givenName(), appointment.startsAt(), appointment.mode(), email, optOutUrl(message)),
                    null);
        }
        var link = questionnaires
                .issue(message.questionnaireRequestId(), channel.name())
                .orElse(null);
        if (link == null) {
            return Composed.cancel("The questionnaire request was cancelled, answered or sent another way");
        }
        return new Composed(
                address,
                texts.questionnaireLink(
                        patient.givenName(), publicUrl + link.path(), link.expiresAt(), email, optOutUrl(message)),
                null);
    }

    /** Another module's link, minted now so that its raw token exists only in the message sent. */
    private Composed patientLink(OutboundMessages.Claimed message, String firstName, String address, boolean email) {
        var from = message.link();
        var issuer = from == null ? null : issuers.get(from.source());
        if (issuer == null) {
            return Composed.cancel("Stepline no longer sends links of this kind");
        }
        var link = issuer.mint(from.reference(), message.channel());
        if (link == null) {
            return Composed.cancel(issuer.noLongerWanted());
        }
        return new Composed(
                address, texts.patientLink(firstName, link, publicUrl + link.path(), email, optOutUrl(message)), null);
    }

    private String optOutUrl(OutboundMessages.Claimed message) {
        return publicUrl + OptOutLinks.PATH + optOutLinks.issue(message.patientId(), message.channel());
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}

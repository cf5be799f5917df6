package org.stepline.messaging.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.messaging.MessageChannel;

/**
 * A patient opting out of a channel through the link in a message: no sign-in, the link's token is the only key.
 * Recorded exactly as staff record it ({@link OptOutRecording}), audited with the patient as the actor.
 */
@Service
public class OptOutByLink {

    static final String PATIENT_ACTOR = "patient (opt-out link)";

    /** What the page shows: the channel the link is for, and whether the patient has already opted out of it. */
    public record Link(MessageChannel channel, boolean optedOut) {}

    private final OptOutLinks links;
    private final OptOuts optOuts;
    private final OptOutRecording recording;
    private final AuditTrail audit;

    OptOutByLink(OptOutLinks links, OptOuts optOuts, OptOutRecording recording, AuditTrail audit) {
        this.links = links;
        this.optOuts = optOuts;
        this.recording = recording;
        this.audit = audit;
    }

    /** Looks the link up without changing anything (mail scanners open links); empty for an unknown token. */
    @Transactional(readOnly = true)
    public Optional<Link> open(String token) {
        return links.find(token)
                .map(owner ->
                        new Link(owner.channel(), optOuts.of(owner.patientId()).contains(owner.channel())));
    }

    /** The patient confirmed: records the opt-out; empty for an unknown token. */
    @Transactional
    public Optional<Link> confirm(String token) {
        var owner = links.find(token).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        MessageChannel channel = owner.channel();
        int stopped = recording.stop(owner.patientId(), channel, null);
        if (stopped >= 0) {
            audit.recordBy(
                    PATIENT_ACTOR,
                    owner.patientId(),
                    AuditAction.UPDATE,
                    "Patient opted out of " + channel.plural() + " through the link in a message"
                            + OptOutRecording.stoppedInWords(stopped));
        }
        return Optional.of(new Link(channel, true));
    }
}

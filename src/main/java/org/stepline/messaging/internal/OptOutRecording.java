package org.stepline.messaging.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.messaging.MessageChannel;
import org.stepline.patients.PatientDirectory;

/** Staff recording that a patient does (or again does not) want messages on a channel; audited. */
@Service
public class OptOutRecording {

    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final OptOuts optOuts;
    private final OutboundMessages messages;
    private final AuditTrail audit;

    OptOutRecording(
            PatientDirectory patients,
            StaffDirectory staff,
            OptOuts optOuts,
            OutboundMessages messages,
            AuditTrail audit) {
        this.patients = patients;
        this.staff = staff;
        this.optOuts = optOuts;
        this.messages = messages;
        this.audit = audit;
    }

    /** Records the opt-out and stops the messages not yet sent on that channel; returns what happened, in words. */
    @Transactional
    public String optOut(long patientId, MessageChannel channel) {
        patients.requireAccess(patientId);
        int stopped = stop(patientId, channel, staff.current().id());
        if (stopped < 0) {
            return "The patient had already opted out of " + channel.plural() + ".";
        }
        String what = "Recorded that the patient does not want " + channel.plural() + stoppedInWords(stopped);
        audit.updated(patientId, what);
        return what + ".";
    }

    /**
     * Records the opt-out (by staff, or by the patient when {@code staffId} is null) and cancels the messages not yet
     * sent on that channel; returns how many were cancelled, or -1 when the patient had already opted out. The caller
     * audits, in its own words, in the same transaction.
     */
    int stop(long patientId, MessageChannel channel, @Nullable Long staffId) {
        if (!optOuts.optOut(patientId, channel, staffId)) {
            return -1;
        }
        return messages.cancelPending(patientId, channel, "The patient opted out of " + channel.plural());
    }

    static String stoppedInWords(int stopped) {
        return stopped == 0 ? "" : "; " + stopped + (stopped == 1 ? " message" : " messages") + " not yet sent stopped";
    }

    @Transactional
    public String optBackIn(long patientId, MessageChannel channel) {
        patients.requireAccess(patientId);
        if (!optOuts.optBackIn(patientId, channel)) {
            return "The patient had not opted out of " + channel.plural() + ".";
        }
        String what = "Recorded that the patient may be sent " + channel.plural() + " again (from the next booking)";
        audit.updated(patientId, what);
        return what + ".";
    }
}

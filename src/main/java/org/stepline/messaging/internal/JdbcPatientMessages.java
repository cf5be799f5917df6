package org.stepline.messaging.internal;

import org.springframework.stereotype.Service;
import org.stepline.messaging.MessagesPanel;
import org.stepline.messaging.PatientMessages;

@Service
class JdbcPatientMessages implements PatientMessages {

    private final OutboundMessages messages;
    private final OptOuts optOuts;

    JdbcPatientMessages(OutboundMessages messages, OptOuts optOuts) {
        this.messages = messages;
        this.optOuts = optOuts;
    }

    @Override
    public MessagesPanel panelFor(long patientId) {
        return new MessagesPanel(patientId, messages.forPatient(patientId), optOuts.of(patientId));
    }
}

package org.stepline.messaging.internal;

import org.springframework.stereotype.Service;
import org.stepline.messaging.MessagesPanel;
import org.stepline.messaging.PatientMessages;

@Service
class JdbcPatientMessages implements PatientMessages {

    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final java.util.Map<String, String> linkLabels;

    JdbcPatientMessages(
            OutboundMessages messages,
            OptOuts optOuts,
            java.util.List<org.stepline.messaging.PatientLinkIssuer> issuers) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.linkLabels = issuers.stream()
                .collect(java.util.stream.Collectors.toMap(
                        org.stepline.messaging.PatientLinkIssuer::source,
                        org.stepline.messaging.PatientLinkIssuer::label));
    }

    @Override
    public MessagesPanel panelFor(long patientId) {
        return new MessagesPanel(
                patientId,
                messages.forPatient(patientId, source -> linkLabels.getOrDefault(source, "Link")),
                optOuts.of(patientId));
    }
}

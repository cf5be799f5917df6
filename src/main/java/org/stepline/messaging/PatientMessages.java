package org.stepline.messaging;

/**
 * Read access to a patient's messages for the record page. Like the record's other sections, the caller checks
 * access ({@code PatientDirectory.requireAccess}) and writes the audit entry for the page it shows.
 */
public interface PatientMessages {

    MessagesPanel panelFor(long patientId);
}

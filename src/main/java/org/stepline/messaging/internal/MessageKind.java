package org.stepline.messaging.internal;

/** What a message is about. */
enum MessageKind {
    APPOINTMENT_REMINDER,
    /** The patient is told their appointment was moved (new time checked again at send time, like a reminder's). */
    APPOINTMENT_MOVED,
    QUESTIONNAIRE_LINK,
    /** To an address given by someone not on record; its words are kept with it. */
    ONE_OFF,
    /** A link minted at send time by another module's {@code PatientLinkIssuer} (source and reference kept). */
    PATIENT_LINK
}

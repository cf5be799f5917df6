package org.stepline.messaging.internal;

/** What a message is about. */
enum MessageKind {
    APPOINTMENT_REMINDER,
    QUESTIONNAIRE_LINK
}

/**
 * Messaging: appointment reminders and questionnaire links sent to patients by SMS (GOV.UK Notify) and e-mail
 * (SMTP), exactly once across several Stepline nodes, with each message's status and the patient's per-channel
 * opt-outs shown on the record through {@link org.stepline.messaging.PatientMessages}. Listens to scheduling's
 * {@code AppointmentBooked} and {@code AppointmentMoved} and delivers measures' scheduled questionnaire requests; no module depends on it except
 * {@code record}.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.messaging;

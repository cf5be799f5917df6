package org.stepline.messaging.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * The words of every message: plain English, nothing clinical beyond the appointment's date, time and mode and how to
 * change it; never the patient's problem. E-mails end with how to opt out.
 */
final class MessageTexts {

    /** What is sent: the e-mail subject and body, and the same facts as Notify template personalisation. */
    record Content(String subject, String body, Map<String, String> personalisation) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private final String service;
    private final @Nullable String phone;

    MessageTexts(String serviceName, @Nullable String servicePhone) {
        this.service = serviceName;
        this.phone = servicePhone == null || servicePhone.isBlank() ? null : servicePhone.strip();
    }

    Content reminder(String firstName, Instant startsAt, ConsultationMechanism mode, boolean email) {
        String date = DAY.format(startsAt.atZone(ServiceTime.ZONE));
        String time = TIME.format(startsAt.atZone(ServiceTime.ZONE)).toLowerCase(Locale.UK);
        String appointment = appointment(mode);
        String change = "To change or cancel it, " + contact() + ".";
        String body = "Hello " + firstName + ". This is a reminder of your " + appointment + " with " + service + " on "
                + date + " at " + time + "." + (mode.isTelephone() ? " We will call you then." : "") + " " + change;
        var personalisation = personalisation(firstName, body);
        personalisation.put("date", date);
        personalisation.put("time", time);
        personalisation.put("appointment", appointment);
        personalisation.put("how_to_change", change);
        return new Content("Reminder: your appointment on " + date, email ? withOptOut(body, "emails") : body,
                personalisation);
    }

    Content questionnaireLink(String firstName, String url, Instant expiresAt, boolean email) {
        String until = ServiceTime.dateTime(expiresAt);
        String body = "Hello " + firstName + ". " + capitalised(service) + " would like you to answer a few short "
                + "questions. Please use this link:\n" + url + "\nIt works until " + until
                + ". You will be asked for your date of birth first.";
        var personalisation = personalisation(firstName, body);
        personalisation.put("link", url);
        personalisation.put("expires", until);
        return new Content("Some questions from " + service, email ? withOptOut(body, "emails") : body,
                personalisation);
    }

    private Map<String, String> personalisation(String firstName, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("first_name", firstName);
        fields.put("body", body);
        return fields;
    }

    private String withOptOut(String body, String what) {
        return body + "\n\nIf you would rather not receive " + what + " from us, " + contact()
                + " and we will stop them.\n\nPlease do not reply to this " + (what.equals("emails") ? "email" : "message") + ".";
    }

    private String contact() {
        return phone == null ? "please contact " + service : "please call " + service + " on " + phone;
    }

    private static String appointment(ConsultationMechanism mode) {
        return switch (mode) {
            case TELEPHONE -> "telephone appointment";
            case FACE_TO_FACE -> "face-to-face appointment";
            case VIDEO -> "video appointment";
            default -> "appointment (" + mode.label().toLowerCase(Locale.UK) + ")";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

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
 * change it; never the patient's problem. Every message ends with the patient's own opt-out link for its channel.
 */
final class MessageTexts {

    /**
     * What is sent: the e-mail subject and body, the same facts as Notify template personalisation, and the opt-out
     * link (also the e-mail's {@code List-Unsubscribe} header).
     */
    record Content(String subject, String body, Map<String, String> personalisation, String optOutUrl) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private final String service;
    private final @Nullable String phone;

    MessageTexts(String serviceName, @Nullable String servicePhone) {
        this.service = serviceName;
        this.phone = servicePhone == null || servicePhone.isBlank() ? null : servicePhone.strip();
    }

    Content reminder(String firstName, Instant startsAt, ConsultationMechanism mode, boolean email, String optOutUrl) {
        String date = DAY.format(startsAt.atZone(ServiceTime.ZONE));
        String time = TIME.format(startsAt.atZone(ServiceTime.ZONE)).toLowerCase(Locale.UK);
        String appointment = appointment(mode);
        String change = "To change or cancel it, " + contact() + ".";
        String body = "Hello " + firstName + ". This is a reminder of your " + appointment + " with " + service + " on "
                + date + " at " + time + "." + (mode.isTelephone() ? " We will call you then." : "") + " " + change;
        var personalisation = personalisation(firstName, withOptOut(body, email, optOutUrl), optOutUrl);
        personalisation.put("date", date);
        personalisation.put("time", time);
        personalisation.put("appointment", appointment);
        personalisation.put("how_to_change", change);
        return new Content(
                "Reminder: your appointment on " + date, personalisation.get("body"), personalisation, optOutUrl);
    }

    /** The appointment was moved: its new date and time first, then the old one it replaces. */
    Content moved(
            String firstName,
            Instant from,
            Instant startsAt,
            ConsultationMechanism mode,
            boolean email,
            String optOutUrl) {
        String date = DAY.format(startsAt.atZone(ServiceTime.ZONE));
        String time = TIME.format(startsAt.atZone(ServiceTime.ZONE)).toLowerCase(Locale.UK);
        String before = DAY.format(from.atZone(ServiceTime.ZONE)) + " at "
                + TIME.format(from.atZone(ServiceTime.ZONE)).toLowerCase(Locale.UK);
        String appointment = appointment(mode);
        String change = "To change or cancel it, " + contact() + ".";
        String body = "Hello " + firstName + ". Your " + appointment + " with " + service + " has moved. It is now on "
                + date + " at " + time + ", instead of " + before + "."
                + (mode.isTelephone() ? " We will call you then." : "") + " " + change;
        var personalisation = personalisation(firstName, withOptOut(body, email, optOutUrl), optOutUrl);
        personalisation.put("date", date);
        personalisation.put("time", time);
        personalisation.put("appointment", appointment);
        personalisation.put("how_to_change", change);
        return new Content(
                "Your appointment has moved to " + date, personalisation.get("body"), personalisation, optOutUrl);
    }

    Content questionnaireLink(String firstName, String url, Instant expiresAt, boolean email, String optOutUrl) {
        return link(
                firstName,
                "Some questions from " + service,
                capitalised(service) + " would like you to answer a few short questions.",
                url,
                expiresAt,
                "You will be asked for your date of birth first.",
                email,
                optOutUrl);
    }

    /** Another module's link ({@code PatientLinkIssuer}): its words, the link and until when it works. */
    Content patientLink(
            String firstName,
            org.stepline.messaging.PatientLinkIssuer.Link link,
            String url,
            boolean email,
            String optOutUrl) {
        return link(firstName, link.subject(), link.lead(), url, link.expiresAt(), link.afterwards(), email, optOutUrl);
    }

    private Content link(
            String firstName,
            String subject,
            String lead,
            String url,
            Instant expiresAt,
            String afterwards,
            boolean email,
            String optOutUrl) {
        String until = ServiceTime.dateTime(expiresAt);
        String body = "Hello " + firstName + ". " + lead + " Please use this link:\n" + url + "\nIt works until "
                + until + "." + (afterwards.isBlank() ? "" : " " + afterwards);
        var personalisation = personalisation(firstName, withOptOut(body, email, optOutUrl), optOutUrl);
        personalisation.put("link", url);
        personalisation.put("expires", until);
        return new Content(subject, personalisation.get("body"), personalisation, optOutUrl);
    }

    /** Words composed by the caller, sent once: no opt-out link, since the person is not on record to opt out. */
    Content oneOff(String subject, String body) {
        var personalisation = personalisation("", body, "");
        return new Content(subject, body, personalisation, "");
    }

    private Map<String, String> personalisation(String firstName, String body, String optOutUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("first_name", firstName);
        fields.put("body", body);
        fields.put("opt_out_link", optOutUrl);
        return fields;
    }

    /** Texts stay short: one line with the link. E-mails say it in full. */
    private static String withOptOut(String body, boolean email, String optOutUrl) {
        if (!email) {
            return body + "\nStop texts: " + optOutUrl;
        }
        return body + "\n\nIf you would rather not receive emails from us, you can stop them with this link:\n"
                + optOutUrl + "\n\nPlease do not reply to this email.";
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

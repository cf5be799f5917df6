package org.stepline.scheduling.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.stepline.patients.ContactPreferences;
import org.stepline.patients.PatientHeadline;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/** What the record-a-contact page shows besides the form: the appointment, the patient and how to reach them. */
public record RecordView(
        long appointmentId,
        PatientHeadline patient,
        ContactPreferences preferences,
        Instant startsAt,
        AppointmentType type,
        ConsultationMechanism bookedMode,
        String practitionerName,
        Integer plannedMinutes,
        boolean recorded,
        CallAttemptRule.Policy dnaPolicy) {

    public String action() {
        return "/appointments/" + appointmentId + "/record";
    }

    public String heading() {
        return recorded ? "Correct the recorded contact" : "Record the contact";
    }

    public String when() {
        return ServiceTime.dateTime(startsAt);
    }

    public String day() {
        return ServiceTime.date(ServiceTime.dateOf(startsAt));
    }

    public List<Attendance> outcomes() {
        return Arrays.stream(Attendance.values()).filter(Attendance::isOutcome).toList();
    }

    public List<ConsultationMechanism> modes() {
        return Arrays.asList(ConsultationMechanism.values());
    }

    public List<CallOutcome> callOutcomes() {
        return Arrays.asList(CallOutcome.values());
    }

    ContactRules.Context rulesContext(Instant now) {
        return new ContactRules.Context(startsAt, preferences.voicemailAllowed(), dnaPolicy, now);
    }
}

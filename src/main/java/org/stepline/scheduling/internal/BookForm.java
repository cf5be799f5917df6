package org.stepline.scheduling.internal;

import java.time.Instant;
import java.util.Optional;

import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/** The booking form as typed: every field is kept as text so that nothing typed is lost when a field is wrong. */
public record BookForm(String date, String time, String practitionerId, String type, String mode,
        String plannedMinutes, String questionnaires) {

    /** A form without the questionnaire choice (as in older callers and tests): no questionnaires requested. */
    public BookForm(String date, String time, String practitionerId, String type, String mode, String plannedMinutes) {
        this(date, time, practitionerId, type, mode, plannedMinutes, "");
    }

    /** Whether the patient should be asked to complete questionnaires before the appointment. */
    boolean questionnairesRequested() {
        return "yes".equals(questionnaires);
    }

    /** A new booking: the practitioner and mode chosen for the person booking, the type from the referral's stage. */
    static BookForm defaultsFor(BookingView view) {
        var mode = view.preferences().preferredMode();
        return new BookForm("", "", view.defaultPractitionerId() == null ? "" : view.defaultPractitionerId().toString(),
                view.suggestedType().code(), mode == null ? "" : mode.code(), "",
                view.suggestedType() == AppointmentType.FOLLOW_UP ? "" : "yes");
    }

    Optional<Instant> startsAt() {
        return Typed.date(date).flatMap(day -> Typed.time(time)
                .map(at -> day.atTime(at).atZone(ServiceTime.ZONE).toInstant()));
    }

    Optional<Long> practitioner() {
        if (Typed.blank(practitionerId) || !practitionerId.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(practitionerId.strip()));
    }

    Optional<AppointmentType> appointmentType() {
        return Typed.code(AppointmentType.class, type);
    }

    Optional<ConsultationMechanism> consultationMechanism() {
        return Typed.code(ConsultationMechanism.class, mode);
    }

    Optional<Integer> planned() {
        return Typed.minutes(plannedMinutes);
    }
}

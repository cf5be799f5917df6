package org.stepline.scheduling.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.stepline.patients.ContactPreferences;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.codes.ConsultationMechanism;

/** What the booking page shows besides the form: whom it is for, how to reach them, and who can see them. */
public record BookingView(PatientHeadline patient, ReferralSummary referral, ContactPreferences preferences,
        List<Coded> clinicians, Long defaultPractitionerId) {

    public boolean discharged() {
        return !referral.isOpen();
    }

    public String dischargedOn() {
        return ServiceTime.date(referral.dischargeDate());
    }

    public String action() {
        return "/referrals/" + referral.id() + "/appointments/new";
    }

    public List<AppointmentType> types() {
        return Arrays.asList(AppointmentType.values());
    }

    public List<ConsultationMechanism> modes() {
        return Arrays.asList(ConsultationMechanism.values());
    }

    AppointmentType suggestedType() {
        return switch (referral.stage()) {
            case AWAITING_ASSESSMENT -> AppointmentType.ASSESSMENT;
            case AWAITING_TREATMENT, IN_TREATMENT -> AppointmentType.TREATMENT;
            case DISCHARGED -> AppointmentType.FOLLOW_UP;
        };
    }

    BookingRules.Context rulesContext() {
        Set<Long> ids = clinicians.stream().map(c -> Long.parseLong(c.code())).collect(Collectors.toSet());
        return new BookingRules.Context(discharged(), ids);
    }
}

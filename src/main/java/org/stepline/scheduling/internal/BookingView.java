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

/**
 * What the booking page shows besides the form: whom it is for, how to reach them, who can see them, and the free
 * times in the diary of one of them ({@code slotsPractitionerId}).
 */
public record BookingView(
        PatientHeadline patient,
        ReferralSummary referral,
        ContactPreferences preferences,
        List<Coded> clinicians,
        Long defaultPractitionerId,
        List<Availability.Slot> freeSlots,
        Long slotsPractitionerId) {

    /** How many weeks ahead the page offers free times. */
    static final int WEEKS_OFFERED = 3;

    public BookingView(
            PatientHeadline patient,
            ReferralSummary referral,
            ContactPreferences preferences,
            List<Coded> clinicians,
            Long defaultPractitionerId) {
        this(patient, referral, preferences, clinicians, defaultPractitionerId, List.of(), defaultPractitionerId);
    }

    /** The free times of one day, as options of the one radio group. */
    public record SlotDay(String heading, List<Coded> options) {}

    public List<SlotDay> slotDays() {
        var byDay = new java.util.LinkedHashMap<java.time.LocalDate, List<Coded>>();
        for (var slot : freeSlots) {
            byDay.computeIfAbsent(ServiceTime.dateOf(slot.start()), d -> new java.util.ArrayList<>())
                    .add(new Coded(BookForm.ChosenSlot.value(slot.start(), slot.minutes()), DiaryText.slotLabel(slot)));
        }
        return byDay.entrySet().stream()
                .map(e -> new SlotDay(DiaryText.day(e.getKey()), e.getValue()))
                .toList();
    }

    public String slotsPractitionerName() {
        return clinicians.stream()
                .filter(c -> c.code().equals(String.valueOf(slotsPractitionerId)))
                .map(Coded::label)
                .findFirst()
                .orElse("the practitioner");
    }

    /** Links to see another clinician's free times. */
    public List<Coded> otherDiaries() {
        return clinicians.stream()
                .filter(c -> !c.code().equals(String.valueOf(slotsPractitionerId)))
                .map(c -> new Coded(action() + "?practitionerId=" + c.code(), c.label()))
                .toList();
    }

    public int weeksOffered() {
        return WEEKS_OFFERED;
    }

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

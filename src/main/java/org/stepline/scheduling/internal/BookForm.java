package org.stepline.scheduling.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.web.WholeNumber;

/**
 * The booking form as typed: every field is kept as text so that nothing typed is lost when a field is wrong.
 * {@code slot}: a free time chosen from the practitioner's diary ({@code 2026-03-03T10:00/60}), or blank when a
 * date and time are typed. {@code modesOffered}: the modes offered to the patient; {@code mode} is the one chosen.
 * {@code choiceShown} is sent by the page with the tick boxes, so that none ticked can be told from a caller
 * that does not know about them: for such a caller the choice is not recorded (never guessed).
 */
public record BookForm(
        String date,
        String time,
        String practitionerId,
        String type,
        String mode,
        String plannedMinutes,
        String questionnaires,
        String slot,
        List<String> modesOffered,
        String choiceShown) {

    public BookForm {
        modesOffered = modesOffered == null ? List.of() : List.copyOf(modesOffered);
        slot = slot == null ? "" : slot;
        choiceShown = choiceShown == null ? "" : choiceShown;
    }

    public BookForm(
            String date,
            String time,
            String practitionerId,
            String type,
            String mode,
            String plannedMinutes,
            String questionnaires) {
        this(date, time, practitionerId, type, mode, plannedMinutes, questionnaires, "", List.of(), "");
    }

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
        String preferred = mode == null ? "" : mode.code();
        return new BookForm(
                "",
                "",
                view.defaultPractitionerId() == null
                        ? ""
                        : view.defaultPractitionerId().toString(),
                view.suggestedType().code(),
                preferred,
                "",
                BookingRules.questionnairesByDefault(view.suggestedType()) ? "yes" : "",
                "",
                mode == null ? List.of() : List.of(preferred),
                "yes");
    }

    /** The same form for another practitioner, as when the booker asks to see someone else's free times. */
    BookForm forPractitioner(long otherPractitionerId) {
        return new BookForm(
                date,
                time,
                String.valueOf(otherPractitionerId),
                type,
                mode,
                plannedMinutes,
                questionnaires,
                "",
                modesOffered,
                choiceShown);
    }

    boolean slotChosen() {
        return !Typed.blank(slot);
    }

    /** The free time chosen: its start (UK time) and length. */
    Optional<ChosenSlot> chosenSlot() {
        if (!slotChosen() || !slot.strip().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}/\\d{1,3}")) {
            return Optional.empty();
        }
        String[] parts = slot.strip().split("/");
        try {
            return Optional.of(new ChosenSlot(LocalDateTime.parse(parts[0]), Integer.parseInt(parts[1])));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    record ChosenSlot(LocalDateTime start, int minutes) {

        static String value(Instant start, int minutes) {
            return start.atZone(ServiceTime.ZONE).toLocalDateTime() + "/" + minutes;
        }
    }

    /** The start: the free time chosen, else the date and time typed. */
    Optional<Instant> startsAt() {
        if (slotChosen()) {
            return chosenSlot().map(s -> s.start().atZone(ServiceTime.ZONE).toInstant());
        }
        return Typed.date(date)
                .flatMap(day -> Typed.time(time)
                        .map(at -> day.atTime(at).atZone(ServiceTime.ZONE).toInstant()));
    }

    Optional<Long> practitioner() {
        return WholeNumber.parse(practitionerId);
    }

    Optional<AppointmentType> appointmentType() {
        return Typed.code(AppointmentType.class, type);
    }

    Optional<ConsultationMechanism> consultationMechanism() {
        return Typed.code(ConsultationMechanism.class, mode);
    }

    /** The planned length typed; when blank and a free time was chosen, that time's length. */
    Optional<Integer> planned() {
        if (Typed.blank(plannedMinutes)) {
            return chosenSlot().map(ChosenSlot::minutes);
        }
        return Typed.minutes(plannedMinutes);
    }

    /**
     * The modes offered: those ticked; from a caller without the tick boxes, none (the choice is not recorded,
     * rather than guessed to be the chosen mode alone). Empty optional when a ticked code is not a national one.
     */
    Optional<Set<ConsultationMechanism>> offered() {
        if (!choiceAsked()) {
            return Optional.of(Set.of());
        }
        Set<ConsultationMechanism> offered = EnumSet.noneOf(ConsultationMechanism.class);
        for (String code : modesOffered) {
            var known = Typed.code(ConsultationMechanism.class, code);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            offered.add(known.get());
        }
        return Optional.of(offered);
    }

    /** Whether the form asked which modes were offered (older callers do not). */
    boolean choiceAsked() {
        return !modesOffered.isEmpty() || !Typed.blank(choiceShown);
    }

    public boolean offered(ConsultationMechanism candidate) {
        return modesOffered.contains(candidate.code());
    }
}

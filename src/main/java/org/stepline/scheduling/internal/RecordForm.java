package org.stepline.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.web.TypedText;

/**
 * The record-a-contact form as typed. The telephone fields (call attempts, identity, private and safe, location)
 * only count when the contact was by telephone. Rows of the attempts table keep their position, so that a problem
 * is shown against the row it is about.
 */
public record RecordForm(
        String attendance,
        String mode,
        String duration,
        @TypedText.Field(TypedText.Kind.NOTE) String notes,
        List<CallAttemptForm> attempts,
        Boolean identityConfirmed,
        Boolean privateAndSafe,
        String patientLocation,
        @Nullable String callSetting) {

    static final int MIN_ATTEMPT_ROWS = 3;

    public RecordForm {
        attempts = attempts == null
                ? List.of()
                : attempts.stream()
                        .map(row -> Objects.requireNonNullElse(row, CallAttemptForm.BLANK))
                        .toList();
        // an unticked checkbox is not sent at all
        identityConfirmed = Boolean.TRUE.equals(identityConfirmed);
        privateAndSafe = Boolean.TRUE.equals(privateAndSafe);
    }

    /** A form that does not ask where the call was taken (the telephone session): what was recorded stays. */
    public RecordForm(
            String attendance,
            String mode,
            String duration,
            String notes,
            List<CallAttemptForm> attempts,
            Boolean identityConfirmed,
            Boolean privateAndSafe,
            String patientLocation) {
        this(attendance, mode, duration, notes, attempts, identityConfirmed, privateAndSafe, patientLocation, null);
    }

    RecordForm withCallSetting(@Nullable String code) {
        return new RecordForm(
                attendance,
                mode,
                duration,
                notes,
                attempts,
                identityConfirmed,
                privateAndSafe,
                patientLocation,
                code == null ? "" : code);
    }

    /** Whether the form asked where the call was taken; a blank answer then clears it. */
    boolean asksCallSetting() {
        return callSetting != null;
    }

    /** The form for a contact not yet recorded: the mode as booked, everything else still to be answered. */
    static RecordForm startingWith(ConsultationMechanism bookedMode) {
        return new RecordForm("", bookedMode.code(), "", "", List.of(), false, false, "");
    }

    /** The form for correcting a recorded contact: everything as it was saved. */
    static RecordForm from(Appointments.Stored stored, List<Appointments.Call> calls) {
        if (!stored.recorded()) {
            return startingWith(stored.mode());
        }
        return new RecordForm(
                stored.attendance().code(),
                stored.mode().code(),
                text(stored.durationMinutes()),
                Typed.orEmpty(stored.notes()),
                rowsOf(calls),
                Boolean.TRUE.equals(stored.identityConfirmed()),
                Boolean.TRUE.equals(stored.privateAndSafe()),
                Typed.orEmpty(stored.patientLocation()));
    }

    /** Calls as rows of the attempts table, on the 24-hour clock. */
    static List<CallAttemptForm> rowsOf(List<Appointments.Call> calls) {
        return calls.stream()
                .map(call -> new CallAttemptForm(
                        ServiceTime.time(call.at()), call.outcome().code()))
                .toList();
    }

    /**
     * What is saved once {@link ContactRules} found no problem. A duration is kept only for a contact that took
     * place; the telephone fields only for a telephone contact.
     */
    Appointments.Outcome toOutcome(ContactRules.Context context) {
        Attendance outcome = outcome().orElseThrow();
        ConsultationMechanism actual = actualMode().orElseThrow();
        boolean byTelephone = actual.isTelephone();
        List<Appointments.Call> calls = !byTelephone
                ? List.of()
                : filledAttemptRows().stream()
                        .map(attempts::get)
                        .map(row -> new Appointments.Call(
                                context.at(row.at().orElseThrow()), row.result().orElseThrow()))
                        .toList();
        return new Appointments.Outcome(
                outcome,
                actual,
                outcome.isAttended() ? Typed.minutes(duration).orElseThrow() : null,
                byTelephone ? identityConfirmed : null,
                byTelephone ? privateAndSafe : null,
                byTelephone && !Typed.blank(patientLocation) ? patientLocation.strip() : null,
                Typed.blank(notes) ? null : notes.strip(),
                calls);
    }

    /** The outcome chosen, if it is one that can be recorded (codes 2 to 7). */
    Optional<Attendance> outcome() {
        return Typed.blank(attendance)
                ? Optional.empty()
                : java.util.Arrays.stream(Attendance.values())
                        .filter(Attendance::isOutcome)
                        .filter(a -> a.code().equals(attendance.strip()))
                        .findFirst();
    }

    Optional<ConsultationMechanism> actualMode() {
        return Typed.code(ConsultationMechanism.class, mode);
    }

    /** Whether the telephone section applies: drawn open by the page, checked by the rules, saved. */
    public boolean telephone() {
        return actualMode().filter(ConsultationMechanism::isTelephone).isPresent();
    }

    /** Indexes of the attempt rows that have anything typed in them. */
    List<Integer> filledAttemptRows() {
        return IntStream.range(0, attempts.size())
                .filter(i -> !attempts.get(i).blank())
                .boxed()
                .toList();
    }

    /** The rows to draw: everything typed, in place, then blank rows to fill in. */
    public List<CallAttemptForm> attemptRows() {
        int lastFilled =
                filledAttemptRows().stream().mapToInt(Integer::intValue).max().orElse(-1);
        List<CallAttemptForm> rows = new ArrayList<>(attempts.subList(0, lastFilled + 1));
        do {
            rows.add(CallAttemptForm.BLANK);
        } while (rows.size() < MIN_ATTEMPT_ROWS);
        return rows;
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }
}

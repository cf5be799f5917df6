package org.stepline.demo;

import static org.stepline.shared.codes.AppointmentType.ASSESSMENT;
import static org.stepline.shared.codes.AppointmentType.REVIEW;
import static org.stepline.shared.codes.AppointmentType.REVIEW_AND_TREATMENT;
import static org.stepline.shared.codes.AppointmentType.TREATMENT;
import static org.stepline.shared.codes.Attendance.DID_NOT_ATTEND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.demo.DemoService.StageChange;
import org.stepline.demo.Dice.Weighted;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ReferralStage;

/**
 * Plans one referral's pathway in days: waits, an assessment, a course of treatment, missed appointments and
 * the ending. Whatever falls before today has happened (with an attendance); the first appointment from today
 * on is booked if it is within the booking horizon, and nothing later exists yet.
 */
final class PathwayPlanner {

    static final int BOOKING_HORIZON_DAYS = 14;

    private static final Weighted<Attendance> ATTENDANCE = Weighted.of(
            Attendance.ATTENDED,
            93,
            Attendance.LATE_SEEN,
            1,
            DID_NOT_ATTEND,
            3.5,
            Attendance.CANCELLED_BY_PATIENT,
            1.5,
            Attendance.CANCELLED_BY_SERVICE,
            1);

    private final Dice dice;
    private final LocalDate today;

    PathwayPlanner(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /** A contact planned for a day; the clock time and mode are chosen later. */
    record PlannedContact(LocalDate date, AppointmentType type, Attendance attendance) {}

    record Pathway(
            List<PlannedContact> contacts,
            List<StageChange> stageChanges,
            ReferralStage stage,
            @Nullable LocalDate dischargeDate,
            @Nullable String endCode) {

        LocalDate stageEnteredOn() {
            return stageChanges.getLast().enteredOn();
        }
    }

    Pathway plan(LocalDate received, int step) {
        var pathway = new Builder(received);
        if (dice.chance(0.03)) {
            optOutBeforeAssessment(pathway, received);
        } else if (assess(pathway, received)) {
            LocalDate assessed = pathway.lastContactDate();
            if (dice.chance(0.15)) {
                pathway.discharge(assessed, dice.weighted(DemoVocabulary.NOT_SUITABLE_END_CODE));
            } else {
                pathway.enter(ReferralStage.AWAITING_TREATMENT, assessed);
                waitAndTreat(pathway, assessed, step);
            }
        }
        return pathway.build();
    }

    private void optOutBeforeAssessment(Builder pathway, LocalDate received) {
        LocalDate optedOut = received.plusDays(dice.between(5, 25));
        if (optedOut.isBefore(today)) {
            pathway.discharge(optedOut, "50");
        }
    }

    /** True once an assessment is attended; false while it is awaited or when the patient never comes. */
    private boolean assess(Builder pathway, LocalDate received) {
        LocalDate date = workday(received.plusDays(assessmentWait()));
        for (int missed = 0; missed < 3; missed++) {
            Attendance attendance = pathway.appointment(date, ASSESSMENT, null);
            if (attendance == null) {
                return false;
            }
            if (attendance.isAttended()) {
                return true;
            }
            if (attendance == DID_NOT_ATTEND && missed >= 1) {
                break;
            }
            date = workday(date.plusDays(dice.between(4, 12)));
        }
        closeUnlessAwaitingReply(pathway, date.plusDays(dice.between(3, 10)), "50");
        return false;
    }

    /** A patient who stopped coming is written to; the referral is closed once the time to reply has passed. */
    private void closeUnlessAwaitingReply(Builder pathway, LocalDate closing, String endCode) {
        if (closing.isBefore(today)) {
            pathway.discharge(closing, endCode);
        }
    }

    private void waitAndTreat(Builder pathway, LocalDate assessed, int step) {
        int wait = treatmentWait(step);
        // on a long wait, a check-in call every four weeks or so ("waiting well"), which is not treatment
        for (int days = dice.between(25, 32); days < wait - 14; days += dice.between(25, 32)) {
            if (pathway.appointment(workday(assessed.plusDays(days)), REVIEW, null) == null) {
                return;
            }
        }
        treat(pathway, workday(assessed.plusDays(wait)), step);
    }

    private void treat(Builder pathway, LocalDate first, int step) {
        int planned = step == 2 ? dice.between(5, 8) : dice.between(12, 20);
        // now and then a step 2 course that is not working is extended at review rather than stepped up at once:
        // the long courses case-management supervision is there to notice
        if (step == 2 && dice.chance(0.2)) {
            planned += dice.between(3, 6);
        }
        int interval = step == 2 && dice.chance(0.2) ? 14 : 7;
        int reviewAt = step == 3 || dice.chance(0.5) ? planned / 2 : -1;
        boolean neverStarts = dice.chance(0.03);
        // some patients ask to pause for three to five weeks (a holiday, an operation, a new job) and then go on
        int pauseAfter = dice.chance(0.1) ? dice.between(1, planned - 1) : -1;
        int dropOutAfter = !neverStarts && dice.chance(0.18) ? dice.between(1, planned - 1) : -1;
        int attended = 0;
        int missedInARow = 0;
        LocalDate date = first;
        for (int booked = 0; booked < planned + 10; booked++) {
            Attendance forced = neverStarts || attended == dropOutAfter ? DID_NOT_ATTEND : null;
            AppointmentType type = attended == reviewAt ? REVIEW_AND_TREATMENT : TREATMENT;
            Attendance attendance = pathway.appointment(date, type, forced);
            if (attendance == null) {
                return;
            }
            if (attendance.isAttended()) {
                attended++;
                missedInARow = 0;
                if (attended == 1) {
                    pathway.enter(ReferralStage.IN_TREATMENT, date);
                }
                if (attended == planned) {
                    pathway.discharge(date.plusDays(dice.between(0, 7)), dice.chance(0.96) ? "46" : "96");
                    return;
                }
                date = workday(date.plusDays(attended == pauseAfter ? dice.between(21, 35) : interval));
            } else {
                missedInARow++;
                if (forced != null && missedInARow >= 2) {
                    closeUnlessAwaitingReply(
                            pathway, date.plusDays(dice.between(10, 21)), endingAfterDroppingOut(attended));
                    return;
                }
                date = workday(date.plusDays(dice.between(3, 7)));
            }
        }
        pathway.discharge(date, "47");
    }

    private String endingAfterDroppingOut(int attendedSessions) {
        if (attendedSessions == 0) {
            return "14";
        }
        return dice.chance(0.6) ? "47" : "48";
    }

    /** Days from referral to assessment: most within one to four weeks, some longer, a few very long. */
    private int assessmentWait() {
        double roll = dice.unit();
        if (roll < 0.85) {
            return dice.between(5, 24);
        }
        return roll < 0.97 ? dice.between(25, 49) : dice.between(50, 120);
    }

    /** Days from assessment to the first treatment session; step 3 waits longer. */
    private int treatmentWait(int step) {
        double roll = dice.unit();
        if (step == 2) {
            return roll < 0.75 ? dice.between(7, 28) : roll < 0.95 ? dice.between(29, 63) : dice.between(64, 120);
        }
        return roll < 0.50 ? dice.between(14, 42) : roll < 0.88 ? dice.between(43, 84) : dice.between(85, 140);
    }

    /** The day itself on a weekday; from a weekend, any day of the following week, so Mondays are not crowded. */
    private LocalDate workday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(dice.between(2, 6));
            case SUNDAY -> date.plusDays(dice.between(1, 5));
            default -> date;
        };
    }

    private final class Builder {

        private final List<PlannedContact> contacts = new ArrayList<>();
        private final List<StageChange> stageChanges = new ArrayList<>();
        private ReferralStage stage = ReferralStage.AWAITING_ASSESSMENT;
        private @Nullable LocalDate dischargeDate;
        private @Nullable String endCode;

        Builder(LocalDate received) {
            enter(ReferralStage.AWAITING_ASSESSMENT, received);
        }

        void enter(ReferralStage next, LocalDate on) {
            stage = next;
            stageChanges.add(new StageChange(next, on));
        }

        /**
         * An appointment on a day: its attendance when the day has passed, else null (and it is booked when it
         * falls within the booking horizon).
         */
        @Nullable
        Attendance appointment(LocalDate date, AppointmentType type, @Nullable Attendance forced) {
            if (!date.isBefore(today)) {
                if (!date.isAfter(today.plusDays(BOOKING_HORIZON_DAYS))) {
                    contacts.add(new PlannedContact(date, type, Attendance.NOT_YET));
                }
                return null;
            }
            Attendance attendance = forced != null ? forced : dice.weighted(ATTENDANCE);
            contacts.add(new PlannedContact(date, type, attendance));
            return attendance;
        }

        LocalDate lastContactDate() {
            return contacts.getLast().date();
        }

        /** Discharged on the day, or yesterday at the latest: letters go out after the last contact. */
        void discharge(LocalDate on, String code) {
            LocalDate date = on.isBefore(today) ? on : today.minusDays(1);
            enter(ReferralStage.DISCHARGED, date);
            dischargeDate = date;
            endCode = code;
        }

        Pathway build() {
            return new Pathway(List.copyOf(contacts), List.copyOf(stageChanges), stage, dischargeDate, endCode);
        }
    }
}

package org.stepline.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stepline.demo.DemoService.Appointment;
import org.stepline.demo.DemoService.CallAttempt;
import org.stepline.demo.DemoService.Patient;
import org.stepline.demo.DemoService.Referral;
import org.stepline.demo.DemoService.Staff;
import org.stepline.demo.DemoService.Team;
import org.stepline.demo.PathwayPlanner.Pathway;
import org.stepline.demo.PathwayPlanner.PlannedContact;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/**
 * Generates a whole demo service from a seed: pure (no database, no clock but the {@code today} it is given), so
 * the same seed and day give the same service. Referrals are planned in the order they were received; then each
 * is given a practitioner of its team and step, and each appointment a free time in that practitioner's diary.
 */
final class DemoServiceGenerator {

    /** The open caseload the {@code practitioner} account is given, when its team has that many open referrals. */
    static final int PRACTITIONER_CASELOAD = 50;

    /** Attended treatment sessions after which a step 2 course is longer than planned (supervision's default). */
    static final int LONG_COURSE = 8;

    private final DemoProperties properties;
    private final LocalDate today;
    private final Dice dice;
    /** Draws the modes offered at booking apart from {@link #dice}, so that adding them changed nothing else. */
    private final Dice choices;

    private final DemoPeople people;
    private final PathwayPlanner planner;
    private final List<Patient> patients = new ArrayList<>();
    private final List<List<Rereferable>> rereferable = new ArrayList<>();

    DemoServiceGenerator(DemoProperties properties, LocalDate today) {
        this.properties = properties;
        this.today = today;
        this.dice = new Dice(properties.seed());
        this.choices = new Dice(properties.seed() + 1);
        this.people = new DemoPeople(dice, today);
        this.planner = new PathwayPlanner(dice, today);
    }

    /** A referral planned in days, before it has a practitioner and its appointments have clock times. */
    private record Planned(
            int index,
            int patient,
            int team,
            int step,
            LocalDate received,
            String source,
            String problem,
            Pathway pathway) {

        boolean isOpen() {
            return pathway.stage().isOpen();
        }
    }

    /** A discharged patient who may be referred again. */
    private record Rereferable(int patient, LocalDate discharged) {}

    DemoService generate() {
        var teams = new ArrayList<Team>();
        for (int t = 0; t < properties.teams(); t++) {
            rereferable.add(new ArrayList<>());
            teams.add(new Team(teamName(t)));
        }
        var staff = people.staff(properties.teams(), properties.practitionersPerTeam());
        var planned = plan();
        int openInDemoCaseload = (int) planned.stream()
                .filter(p ->
                        p.isOpen() && PractitionerAllocation.inDemoCaseload(p.team(), p.step()) && needsPractitioner(p))
                .count();
        var practitioners = new PractitionerAllocation(dice, staff, openInDemoCaseload, PRACTITIONER_CASELOAD);
        var diary = new Diary(dice, today);
        var referrals = new ArrayList<Referral>(planned.size());
        for (Planned p : planned) {
            Integer practitioner = needsPractitioner(p)
                    ? practitioners.choose(p.team(), p.step(), p.isOpen(), needsSupervision(p))
                    : null;
            referrals.add(referral(p, practitioner, cover(staff, practitioner), diary));
        }
        return new DemoService(List.copyOf(teams), staff, List.copyOf(patients), List.copyOf(referrals));
    }

    /**
     * Open, and not seen at the last two appointments, or in treatment but not seen for two weeks, or past the
     * longest usual step 2 course: the patients case-management supervision asks about.
     */
    private boolean needsSupervision(Planned p) {
        if (!p.isOpen()) {
            return false;
        }
        var recorded = p.pathway().contacts().stream()
                .filter(c -> c.attendance().isOutcome())
                .toList();
        boolean lastTwoMissed = recorded.size() >= 2
                && recorded.subList(recorded.size() - 2, recorded.size()).stream()
                        .allMatch(c -> c.attendance() == Attendance.DID_NOT_ATTEND);
        if (lastTwoMissed || p.pathway().stage() != ReferralStage.IN_TREATMENT) {
            return lastTwoMissed;
        }
        var attended =
                recorded.stream().filter(c -> c.attendance().isAttended()).toList();
        boolean notSeenForTwoWeeks =
                !attended.isEmpty() && attended.getLast().date().isBefore(today.minusDays(14));
        return notSeenForTwoWeeks
                || attended.stream().filter(c -> c.type().isTreatment()).count() >= LONG_COURSE;
    }

    /** A referral with no appointment yet is on the team's waiting list, not on anyone's caseload. */
    private static boolean needsPractitioner(Planned p) {
        return !p.pathway().contacts().isEmpty();
    }

    private static String teamName(int team) {
        var names = DemoVocabulary.TEAM_NAMES;
        String name = names.get(team % names.size()) + " Talking Therapies";
        return team < names.size() ? name : name + " " + (team / names.size() + 1);
    }

    private List<Planned> plan() {
        var received = new ArrayList<LocalDate>(properties.referrals());
        for (int i = 0; i < properties.referrals(); i++) {
            received.add(today.minusDays(dice.between(1, 365)));
        }
        received.sort(null);
        var planned = new ArrayList<Planned>(received.size());
        for (LocalDate date : received) {
            int team = dice.between(0, properties.teams() - 1);
            int step = dice.chance(0.65) ? 2 : 3;
            int patient = patientFor(team, date);
            var problems = step == 2 ? DemoVocabulary.STEP2_PROBLEM : DemoVocabulary.STEP3_PROBLEM;
            var p = new Planned(
                    planned.size(),
                    patient,
                    team,
                    step,
                    date,
                    dice.weighted(DemoVocabulary.REFERRAL_SOURCE),
                    dice.weighted(problems),
                    planner.plan(date, step));
            if (p.pathway().dischargeDate() != null) {
                rereferable.get(team).add(new Rereferable(patient, p.pathway().dischargeDate()));
            }
            planned.add(p);
        }
        return planned;
    }

    /** Mostly a new patient; now and then someone discharged at least a month before is referred again. */
    private int patientFor(int team, LocalDate received) {
        var candidates = rereferable.get(team);
        if (!candidates.isEmpty() && dice.chance(0.05)) {
            int pick = dice.between(0, candidates.size() - 1);
            var candidate = candidates.get(pick);
            if (candidate.discharged().isBefore(received.minusDays(30))) {
                candidates.remove(pick);
                return candidate.patient();
            }
        }
        patients.add(people.patient(team));
        return patients.size() - 1;
    }

    /** Who may hold a referral's appointments: its practitioner first, then the other clinicians of the team. */
    private static List<Integer> cover(List<Staff> staff, @Nullable Integer practitioner) {
        if (practitioner == null) {
            return List.of(-1);
        }
        var candidates = new ArrayList<Integer>(List.of(practitioner));
        int team = staff.get(practitioner).team();
        for (int i = 0; i < staff.size(); i++) {
            if (i != practitioner
                    && staff.get(i).team() == team
                    && staff.get(i).role().isClinician()) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    private Referral referral(Planned p, @Nullable Integer practitioner, List<Integer> cover, Diary diary) {
        var patient = patients.get(p.patient());
        var mode = ConsultationMechanism.of(patient.preferredMode());
        var appointments = new ArrayList<Appointment>();
        for (PlannedContact contact : p.pathway().contacts()) {
            appointments.add(appointment(contact, p.step(), mode, patient, cover, diary));
        }
        var pathway = p.pathway();
        return new Referral(
                String.format(Locale.UK, "DEMO%07d", p.index() + 1),
                p.patient(),
                p.team(),
                p.source(),
                p.received(),
                p.problem(),
                p.step(),
                practitioner,
                pathway.stage(),
                pathway.stageEnteredOn(),
                pathway.dischargeDate(),
                pathway.endCode(),
                pathway.stageChanges(),
                List.copyOf(appointments));
    }

    private Appointment appointment(
            PlannedContact contact,
            int step,
            ConsultationMechanism usualMode,
            Patient patient,
            List<Integer> cover,
            Diary diary) {
        // most contacts are in the patient's usual mode; drawing the rest from the same shares keeps the totals
        var mode = dice.chance(0.75) ? usualMode : dice.weighted(DemoVocabulary.MODE);
        int length = plannedMinutes(contact.type(), step);
        var booked = diary.book(cover, contact.date(), length);
        Instant startsAt =
                contact.date().atTime(booked.time()).atZone(ServiceTime.ZONE).toInstant();
        var attendance = contact.attendance();
        var offered = modesOffered(mode, patient);
        if (!attendance.isOutcome()) {
            return new Appointment(
                    startsAt,
                    contact.type(),
                    mode,
                    attendance,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    length,
                    offered,
                    booked.practitioner());
        }
        boolean attended = attendance.isAttended();
        boolean remote = mode != ConsultationMechanism.FACE_TO_FACE;
        return new Appointment(
                startsAt,
                contact.type(),
                mode,
                attendance,
                attended ? length + dice.between(-5, 5) : null,
                attended && remote ? Boolean.TRUE : null,
                attended && remote ? Boolean.TRUE : null,
                attended && remote ? dice.pick(DemoVocabulary.REMOTE_LOCATIONS) : null,
                note(contact, step, mode),
                mode.isTelephone() ? callAttempts(attendance, startsAt, patient.voicemailAllowed()) : List.of(),
                length,
                offered,
                booked.practitioner());
    }

    /**
     * The modes offered at booking, the one chosen among them: for a patient the service offers a choice, the
     * mode chosen, their preferred one and now and then a third of the usual three; otherwise the chosen one only.
     */
    private List<String> modesOffered(ConsultationMechanism chosen, Patient patient) {
        if (!patient.modeChoiceOffered()) {
            return List.of(chosen.code());
        }
        var usual = List.of(
                ConsultationMechanism.FACE_TO_FACE, ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO);
        var offered = new java.util.TreeSet<String>(List.of(chosen.code(), patient.preferredMode()));
        while (offered.size() < 2 || (offered.size() < 3 && choices.chance(0.3))) {
            offered.add(choices.pick(usual).code());
        }
        return List.copyOf(offered);
    }

    private static int plannedMinutes(AppointmentType type, int step) {
        return switch (type) {
            case ASSESSMENT, ASSESSMENT_AND_TREATMENT -> step == 2 ? 40 : 60;
            case REVIEW, FOLLOW_UP -> 20;
            default -> step == 2 ? 30 : 50;
        };
    }

    /**
     * Attended: answered first time, or on a second try five minutes later. Did not attend: two unanswered calls
     * five minutes apart, a voicemail left only where the patient agreed to one. Cancelled: no call.
     */
    private List<CallAttempt> callAttempts(Attendance attendance, Instant startsAt, boolean voicemailAllowed) {
        Instant retry = startsAt.plus(Duration.ofMinutes(5));
        String unanswered = voicemailAllowed ? "VOICEMAIL_LEFT" : "NO_ANSWER";
        if (attendance.isAttended()) {
            return dice.chance(0.75)
                    ? List.of(new CallAttempt(startsAt, "ANSWERED"))
                    : List.of(new CallAttempt(startsAt, unanswered), new CallAttempt(retry, "ANSWERED"));
        }
        if (attendance == Attendance.DID_NOT_ATTEND) {
            return List.of(new CallAttempt(startsAt, "NO_ANSWER"), new CallAttempt(retry, unanswered));
        }
        return List.of();
    }

    private String note(PlannedContact contact, int step, ConsultationMechanism mode) {
        return switch (contact.attendance()) {
            case DID_NOT_ATTEND ->
                mode.isTelephone()
                        ? "No answer to two calls. Letter sent offering another appointment."
                        : "Did not attend. Letter sent offering another appointment.";
            case CANCELLED_BY_PATIENT -> "Cancelled by the patient; another appointment offered.";
            case CANCELLED_BY_SERVICE -> "Cancelled by the service (practitioner unwell); rebooked.";
            default ->
                switch (contact.type()) {
                    case ASSESSMENT, ASSESSMENT_AND_TREATMENT -> DemoVocabulary.ASSESSMENT_NOTE;
                    case REVIEW, FOLLOW_UP -> DemoVocabulary.REVIEW_NOTE;
                    default -> dice.pick(step == 2 ? DemoVocabulary.STEP2_NOTES : DemoVocabulary.STEP3_NOTES);
                };
        };
    }
}

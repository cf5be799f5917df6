package org.stepline.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.MeasureRoute;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.TreatmentContacts;

/**
 * Seeded score histories for a generated demo service: PHQ-9 and GAD-7 at every attended assessment and treatment
 * contact (WSAS at the first and the last), following a trajectory per pathway – recovering, improving, stuck or
 * deteriorating – with some questionnaires completed by the patient before the session, and a few risk answers,
 * the recent ones not yet acknowledged. Positions refer to the service's lists; appointments are numbered in the
 * order {@link DemoService#appointments()} gives them.
 */
final class DemoScores {

    enum Trajectory {
        RECOVERING,
        IMPROVING,
        STUCK,
        DETERIORATING
    }

    record Administration(
            int referral, int appointment, String instrument, Instant completedAt, MeasureRoute route, int[] answers) {

        int total() {
            int total = 0;
            for (int answer : answers) {
                total += answer;
            }
            return total;
        }
    }

    record Risk(
            int administration,
            Instant raisedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable String note) {}

    record Histories(List<Trajectory> trajectories, List<Administration> administrations, List<Risk> risks) {}

    private static final Dice.Weighted<Trajectory> TRAJECTORIES = Dice.Weighted.of(
            Trajectory.RECOVERING, 52, Trajectory.IMPROVING, 16, Trajectory.STUCK, 23, Trajectory.DETERIORATING, 9);

    private final Dice dice;
    private final Instant now;

    DemoScores(long seed, LocalDate today) {
        this.dice = new Dice(seed ^ 0x5C0BE5L);
        this.now = today.atTime(8, 0).atZone(ServiceTime.ZONE).toInstant();
    }

    Histories generate(DemoService service, int riskOwner) {
        List<Trajectory> trajectories = new ArrayList<>();
        List<Administration> administrations = new ArrayList<>();
        List<Risk> risks = new ArrayList<>();
        int appointment = 0;
        int ownerAlerts = 0;
        int ownerWorsening = 0;
        for (int r = 0; r < service.referrals().size(); r++) {
            var referral = service.referrals().get(r);
            List<Integer> scored = new ArrayList<>();
            for (int i = 0; i < referral.appointments().size(); i++) {
                var a = referral.appointments().get(i);
                boolean scoredContact = TreatmentContacts.isAssessmentContact(a.type(), a.attendance())
                        || TreatmentContacts.isTreatmentContact(a.type(), a.attendance());
                if (scoredContact && a.startsAt().isBefore(now)) {
                    scored.add(i);
                }
            }
            boolean ownersOpen = referral.practitioner() != null
                    && referral.practitioner() == riskOwner
                    && referral.stage().isOpen()
                    && scored.size() >= 2;
            boolean ownersOpenPathway = ownersOpen && ownerAlerts < 2;
            // a course still running past its planned length is one that is not working: stuck, at caseness; and
            // a few of the owner's patients are getting worse, so that supervision has them to show
            boolean overrun = overrunning(referral);
            boolean worsening = ownersOpen && !ownersOpenPathway && !overrun && ownerWorsening < 3;
            var trajectory =
                    overrun ? Trajectory.STUCK : worsening ? Trajectory.DETERIORATING : dice.weighted(TRAJECTORIES);
            if (worsening) {
                ownerWorsening++;
            }
            trajectories.add(trajectory);
            int phqStart = dice.between(overrun ? 14 : 6, 24);
            int gadStart = Math.max(0, Math.min(21, phqStart - 3 + dice.between(-3, 3)));
            int[] phqEnd = ends(trajectory, phqStart, 27);
            int gadEnd = ends(trajectory, gadStart, 21)[0];
            for (int k = 0; k < scored.size(); k++) {
                var a = referral.appointments().get(scored.get(k));
                double f = scored.size() == 1 ? 0 : (double) k / (scored.size() - 1);
                boolean before = k > 0 && dice.chance(0.35);
                Instant completed = before
                        ? a.startsAt().minus(Duration.ofHours(dice.between(2, 40)))
                        : a.startsAt().plus(Duration.ofMinutes(10));
                var route = before ? MeasureRoute.BEFORE_SESSION : MeasureRoute.IN_SESSION;
                int index = appointment + scored.get(k);
                boolean last = k == scored.size() - 1;
                boolean risky = (last && ownersOpenPathway) || dice.chance(0.012);
                int phq = clamp(Math.round(phqStart + (phqEnd[0] - phqStart) * f) + dice.between(-2, 2), 0, 27);
                int gad = clamp(Math.round(gadStart + (gadEnd - gadStart) * f) + dice.between(-2, 2), 0, 21);
                administrations.add(new Administration(r, index, "PHQ9", completed, route, spread(phq, 9, 3, risky)));
                if (risky) {
                    Instant raised = completed;
                    boolean recent = Duration.between(raised, now).toDays() < 7 || (last && ownersOpenPathway);
                    risks.add(
                            new Risk(
                                    administrations.size() - 1,
                                    raised,
                                    recent ? null : raised.plus(Duration.ofHours(3)),
                                    recent
                                            ? null
                                            : "Discussed in session. No current plans or intent; safety plan reviewed and crisis numbers given."));
                    if (last && ownersOpenPathway) {
                        ownerAlerts++;
                    }
                }
                administrations.add(new Administration(r, index, "GAD7", completed, route, spread(gad, 7, 3, false)));
                if (k == 0 || last) {
                    int wsas = clamp(Math.round((phq * 40.0 / 27) + dice.between(-4, 4)), 0, 40);
                    administrations.add(
                            new Administration(r, index, "WSAS", completed, route, spread(wsas, 5, 8, false)));
                }
            }
            appointment += referral.appointments().size();
        }
        return new Histories(trajectories, administrations, risks);
    }

    private static boolean overrunning(DemoService.Referral referral) {
        long sessions = referral.appointments().stream()
                .filter(a -> TreatmentContacts.isTreatmentContact(a.type(), a.attendance()))
                .count();
        return referral.stage().isOpen() && sessions >= (referral.step() == 2 ? DemoServiceGenerator.LONG_COURSE : 16);
    }

    private int[] ends(Trajectory trajectory, int start, int max) {
        int end = switch (trajectory) {
            case RECOVERING -> dice.between(2, 7);
            case IMPROVING -> Math.max(0, start - dice.between(6, 9));
            case STUCK -> start + dice.between(-2, 2);
            case DETERIORATING -> start + dice.between(5, 9);
        };
        return new int[] {clamp(end, 0, max)};
    }

    /**
     * Item answers adding up to {@code total}. For PHQ-9 ({@code items == 9}) question 9 is 1 when a risk answer is
     * meant and 0 otherwise, so that risk answers appear only where intended.
     */
    private int[] spread(int total, int items, int maxPerItem, boolean riskAnswer) {
        int[] answers = new int[items];
        int open = items == 9 ? 8 : items;
        if (items == 9 && riskAnswer) {
            answers[8] = 1;
            total = Math.max(0, total - 1);
        }
        int left = Math.min(total, open * maxPerItem);
        while (left > 0) {
            int item = dice.between(0, open - 1);
            if (answers[item] < maxPerItem) {
                answers[item]++;
                left--;
            }
        }
        return answers;
    }

    private static int clamp(long value, int low, int high) {
        return (int) Math.max(low, Math.min(high, value));
    }
}

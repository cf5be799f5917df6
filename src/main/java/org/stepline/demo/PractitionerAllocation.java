package org.stepline.demo;

import java.util.ArrayList;
import java.util.List;
import org.stepline.demo.DemoService.Staff;
import org.stepline.identity.Role;

/**
 * Gives each referral a clinician of its team who works at its step (a PWP at step 2, a therapist at step 3).
 * Open referrals go to whoever has the lightest caseload for their hours (supervisors work half a caseload), so
 * caseloads are even; closed ones are spread at random. The {@code practitioner} demo account is dealt exactly its
 * target share of its team's open step 2 referrals, so that it always opens on a realistic caseload.
 */
final class PractitionerAllocation {

    private static final int DEMO_PRACTITIONER = 0;
    private static final int DEMO_TEAM = 0;

    private final Dice dice;
    private final List<Staff> staff;
    private final int[] openCaseload;
    private int openStillToDeal;
    private int openStillNeeded;
    private final double closedShare;

    PractitionerAllocation(Dice dice, List<Staff> staff, int openInDemoCaseload, int caseload) {
        this.dice = dice;
        this.staff = staff;
        this.openCaseload = new int[staff.size()];
        this.openStillToDeal = openInDemoCaseload;
        this.openStillNeeded = Math.min(caseload, openInDemoCaseload);
        this.closedShare = openInDemoCaseload == 0 ? 0 : Math.min(1.0, (double) caseload / openInDemoCaseload);
    }

    /** True for the referrals the demo practitioner's caseload is drawn from. */
    static boolean inDemoCaseload(int team, int step) {
        return team == DEMO_TEAM && step == 2;
    }

    /**
     * {@code forSupervision}: an open course supervision would flag (overrunning, or the patient not coming). The
     * demo practitioner takes those while their share is not yet dealt, so that supervision always has them to show.
     */
    int choose(int team, int step, boolean open, boolean forSupervision) {
        if (inDemoCaseload(team, step) && open && forSupervision && openStillNeeded > 0) {
            openStillToDeal--;
            openStillNeeded--;
            return DEMO_PRACTITIONER;
        }
        if (inDemoCaseload(team, step) && isDemoPractitioners(open)) {
            return DEMO_PRACTITIONER;
        }
        var colleagues = colleagues(team, step);
        int offset = dice.between(0, colleagues.size() - 1);
        if (!open) {
            return colleagues.get(offset);
        }
        int chosen = -1;
        for (int i = 0; i < colleagues.size(); i++) {
            int candidate = colleagues.get((offset + i) % colleagues.size());
            if (chosen < 0 || load(candidate) < load(chosen)) {
                chosen = candidate;
            }
        }
        openCaseload[chosen]++;
        return chosen;
    }

    private boolean isDemoPractitioners(boolean open) {
        if (!open) {
            return dice.chance(closedShare);
        }
        // selection sampling: exactly openStillNeeded of the open referrals still to deal, spread evenly
        boolean mine = dice.unit() * openStillToDeal < openStillNeeded;
        openStillToDeal--;
        if (mine) {
            openStillNeeded--;
        }
        return mine;
    }

    private double load(int member) {
        return (openCaseload[member] + 1) / (staff.get(member).role() == Role.SUPERVISOR ? 0.5 : 1.0);
    }

    private List<Integer> colleagues(int team, int step) {
        var sameStep = new ArrayList<Integer>();
        var anyStep = new ArrayList<Integer>();
        for (int i = 0; i < staff.size(); i++) {
            var member = staff.get(i);
            if (i != DEMO_PRACTITIONER && member.team() == team && member.step() > 0) {
                anyStep.add(i);
                if (member.step() == step) {
                    sameStep.add(i);
                }
            }
        }
        return sameStep.isEmpty() ? anyStep : sameStep;
    }
}

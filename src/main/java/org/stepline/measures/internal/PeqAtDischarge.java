package org.stepline.measures.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralDischarged;
import org.stepline.scheduling.ContactHistory;
import org.stepline.scheduling.ContactTally;

/**
 * At discharge after treatment, schedules the end-of-treatment PEQ (with Stepline's own questions about modes of
 * delivery) to be sent to the patient at once: a sender delivers every scheduled request whose time has come, and
 * staff can still create the link by hand from the record. Runs in the discharge's transaction.
 */
@Component
class PeqAtDischarge {

    static final List<String> END_OF_TREATMENT = List.of("PEQ_END", "STEPLINE_MODES");

    /** EndCodes of pathways "seen and taken on for a course of treatment", less 49 (deceased). */
    static final Set<String> TREATED_END_CODES = Set.of("46", "47", "48", "96");

    private final QuestionnaireLinks links;
    private final ReferralDirectory referrals;
    private final ContactHistory contacts;
    private final StaffDirectory staff;
    private final Clock clock;

    PeqAtDischarge(
            QuestionnaireLinks links,
            ReferralDirectory referrals,
            ContactHistory contacts,
            StaffDirectory staff,
            Clock clock) {
        this.links = links;
        this.referrals = referrals;
        this.contacts = contacts;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * The PEQ asks about treatment, so it goes only to patients who had some: an end code of a treated pathway and
     * at least one attended treatment session. Never to a patient who has died.
     */
    static boolean due(String endCode, int treatmentSessions) {
        return TREATED_END_CODES.contains(endCode) && treatmentSessions > 0;
    }

    @EventListener
    void on(ReferralDischarged discharged) {
        int sessions = contacts.talliesOf(List.of(discharged.referralId())).values().stream()
                .mapToInt(ContactTally::treatmentSessions)
                .sum();
        if (!due(discharged.endCode(), sessions)) {
            return;
        }
        var referral = referrals.find(discharged.referralId()).orElseThrow();
        var target = new MeasureTarget(discharged.patientId(), referral.id(), referral.teamId(), null);
        links.schedule(
                target,
                END_OF_TREATMENT,
                clock.instant(),
                staff.currentIfAny().map(CurrentStaff::id).orElse(null));
    }
}

package org.stepline.referrals.internal;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.referrals.ReferralDischarged;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.events.ContactRecorded;
import org.stepline.shared.web.FormResult;

/**
 * Changes to referrals: opening one, moving it on when a contact is recorded, discharging it. Callers have checked
 * access to the patient; each change is audited in the transaction that makes it.
 */
@Service
@Transactional
public class ReferralCare {

    private final ReferralStore store;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ReferralCare(ReferralStore store, StaffDirectory staff, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
    }

    public Referral open(long patientId, long teamId, NewReferral referral) {
        var opened = store.open(patientId, teamId, referral, actor());
        audit.created(patientId, "Added referral " + opened.pathwayId());
        return opened;
    }

    /** Discharges a referral, or throws {@link DischargeRefused} saying why it cannot be. */
    public Referral discharge(long referralId, @Nullable String endCode, LocalDate on, LocalDate today) {
        var discharged = store.lock(referralId)
                .orElseThrow(() -> new NotFoundException("Referral " + referralId))
                .discharge(endCode, on, today);
        saveDischarge(discharged);
        return discharged;
    }

    private void saveDischarge(Referral discharged) {
        store.save(discharged, actor());
        audit.updated(
                discharged.patientId(),
                "Discharged referral " + discharged.pathwayId() + " (" + CodeList.END_CODE.labelOf(discharged.endCode())
                        + ")");
        events.publishEvent(new ReferralDischarged(
                discharged.id(), discharged.patientId(), discharged.dischargeDate(), discharged.endCode()));
    }

    /** The discharge form's answer: discharged (back to the record), or refused with the problems by field. */
    public FormResult<Map<String, String>> dischargeFromForm(
            long referralId, @Nullable String endCode, LocalDate on, LocalDate today) {
        var referral = store.lock(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
        Referral discharged;
        try {
            discharged = referral.discharge(endCode, on, today);
        } catch (DischargeRefused refused) {
            return FormResult.refused(refused.problems());
        }
        saveDischarge(discharged);
        return FormResult.saved("Discharged referral " + discharged.pathwayId(), "/patients/" + discharged.patientId());
    }

    /** Runs in the transaction that records the contact, so the contact and the stage it causes stand together. */
    @EventListener
    void onContactRecorded(ContactRecorded contact) {
        store.lock(contact.referralId())
                .flatMap(referral -> referral.afterContact(contact.type(), contact.attendance(), contact.date()))
                .ifPresent(moved -> {
                    store.save(moved, actor());
                    audit.updated(
                            moved.patientId(),
                            "Referral " + moved.pathwayId() + " moved to '"
                                    + moved.stage().label() + "' after a recorded contact");
                });
    }

    private @Nullable Long actor() {
        return staff.currentIfAny().map(CurrentStaff::id).orElse(null);
    }
}

package org.stepline.selfreferral.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.measures.Instrument;
import org.stepline.measures.ReferralQuestionnaires;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.Score;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.OneOffMessages;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientRegistration;
import org.stepline.patients.PatientRegistration.KnownPatient;
import org.stepline.patients.PreferredPhone;
import org.stepline.referrals.ReferralIntake;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.CodeList;

/**
 * Staff triage of self-referrals for their own team: the list (urgent first, then oldest), one referral with its
 * scores and anyone already known, and the three decisions. Every view and decision is audited; a decision on a
 * self-referral already triaged is refused.
 */
@Service
@Transactional
public class Triage {

    /** Self-referral source of referral (SourceOfReferralMH). */
    public static final String SOURCE_SELF = "B1";

    /** End codes for a referral not taken on, offered when closing at triage. */
    public static final List<String> CLOSING_CODES = List.of("50", "10", "11", "13", "14");

    private final SelfReferralStore store;
    private final StaffDirectory staff;
    private final PatientRegistration registration;
    private final PatientDirectory patients;
    private final ReferralIntake referrals;
    private final ReferralQuestionnaires questionnaires;
    private final OneOffMessages messages;
    private final SelfReferrals selfReferrals;
    private final AuditTrail audit;
    private final RiskAlerts alerts;

    Triage(
            SelfReferralStore store,
            StaffDirectory staff,
            PatientRegistration registration,
            PatientDirectory patients,
            ReferralIntake referrals,
            ReferralQuestionnaires questionnaires,
            OneOffMessages messages,
            SelfReferrals selfReferrals,
            AuditTrail audit,
            RiskAlerts alerts) {
        this.alerts = alerts;
        this.store = store;
        this.staff = staff;
        this.registration = registration;
        this.patients = patients;
        this.referrals = referrals;
        this.questionnaires = questionnaires;
        this.messages = messages;
        this.selfReferrals = selfReferrals;
        this.audit = audit;
    }

    /** One questionnaire's answers as scored for triage. */
    public record Scored(Instrument instrument, Score score, Map<Integer, String> answers) {}

    /** A self-referral as triage shows it, with its risk alerts not yet acknowledged. */
    public record View(
            SelfReferral referral, List<Scored> scores, List<KnownPatient> known, List<RiskAlert> openAlerts) {}

    public List<View> awaiting() {
        var me = clinician();
        var list = store.awaitingTriage(me.teamId()).stream()
                .map(r -> new View(r, scores(r), List.of(), List.of()))
                .toList();
        audit.record(null, AuditAction.VIEW, "Viewed the self-referrals awaiting triage (" + list.size() + ")");
        return list;
    }

    public View open(long id) {
        var referral = inMyTeam(id);
        var known = registration.alreadyKnown(
                referral.nhsNumber(), referral.givenName(), referral.familyName(), referral.dateOfBirth());
        audit.record(referral.patientId(), AuditAction.VIEW, "Viewed self-referral " + id);
        var open = alerts.openInTeam(referral.teamId()).stream()
                .filter(a -> Long.valueOf(id).equals(a.selfReferralId()))
                .toList();
        return new View(referral, scores(referral), known, open);
    }

    /** What staff decide when they take a referral in: whom it joins (null: a new patient), step and practitioner. */
    public record Acceptance(
            @Nullable Long joinPatientId,
            @Nullable NhsNumber nhsNumber,
            int step,
            @Nullable Long practitionerId) {}

    /** Joins the waiting list with source "self". Returns the patient's id. */
    public long accept(long id, Acceptance decision) {
        var referral = lockedNew(id);
        if (decision.practitionerId() != null
                && staff.cliniciansOf(referral.teamId()).stream().noneMatch(c -> c.id() == decision.practitionerId())) {
            throw new TriageRefused("practitionerId", "Choose a practitioner in your team");
        }
        long patientId = patientFor(referral, decision.joinPatientId(), decision.nhsNumber());
        long referralId = takeIn(referral, patientId, decision.step(), decision.practitionerId());
        store.triaged(id, SelfReferral.Status.ACCEPTED, staff.current().id(), patientId, referralId, null);
        audit.created(
                patientId,
                "Accepted self-referral " + id
                        + (decision.joinPatientId() == null ? " as a new patient" : " for this patient (already known)")
                        + ": on the waiting list at step "
                        + decision.step());
        return patientId;
    }

    /** Takes the referral in and ends it at once with a national end code, sending the person the message. */
    public long close(
            long id, @Nullable Long joinPatientId, @Nullable NhsNumber nhsNumber, String endCode, String message) {
        var referral = lockedNew(id);
        if (!CLOSING_CODES.contains(endCode)) {
            throw new TriageRefused("endCode", "Choose why the referral is not taken on");
        }
        if (message.isBlank() || message.length() > 1000) {
            throw new TriageRefused(
                    "message",
                    message.isBlank()
                            ? "Write the message the person will be sent"
                            : "The message must be 1000 characters or fewer");
        }
        long patientId = patientFor(referral, joinPatientId, nhsNumber);
        long referralId = takeIn(referral, patientId, 2, null);
        referrals.close(referralId, endCode, selfReferrals.today(), selfReferrals.today());
        store.triaged(id, SelfReferral.Status.CLOSED, staff.current().id(), patientId, referralId, endCode);
        boolean sent = tell(referral, message.strip());
        audit.updated(
                patientId,
                "Closed self-referral " + id + " (" + CodeList.END_CODE.labelOf(endCode) + ")"
                        + (sent ? "; message sent to the person" : "; no phone or email to send the message to"));
        return patientId;
    }

    public void notGenuine(long id, String reason) {
        lockedNew(id);
        if (reason.isBlank() || reason.length() > 500) {
            throw new TriageRefused(
                    "reason",
                    reason.isBlank()
                            ? "Say why this is not a genuine referral"
                            : "The reason must be 500 characters or fewer");
        }
        store.triaged(id, SelfReferral.Status.NOT_GENUINE, staff.current().id(), null, null, null);
        audit.record(null, AuditAction.UPDATE, "Marked self-referral " + id + " as not genuine: " + reason.strip());
    }

    private long takeIn(SelfReferral referral, long patientId, int step, @Nullable Long practitionerId) {
        if (step != 2 && step != 3) {
            throw new TriageRefused("step", "Choose step 2 or step 3");
        }
        long referralId = referrals.open(
                patientId,
                referral.teamId(),
                SOURCE_SELF,
                org.stepline.shared.ServiceTime.dateOf(referral.submittedAt()),
                step,
                practitionerId);
        questionnaires.storeAtReferral(
                referral.id(),
                patientId,
                referralId,
                referral.teamId(),
                referral.submittedAt(),
                answersByInstrument(referral));
        return referralId;
    }

    /** The existing patient it joins (after the team check), or a new one registered from the answers. */
    private long patientFor(SelfReferral referral, @Nullable Long joinPatientId, @Nullable NhsNumber nhsNumber) {
        if (joinPatientId != null) {
            var known = registration.alreadyKnown(
                    referral.nhsNumber(), referral.givenName(), referral.familyName(), referral.dateOfBirth());
            if (known.stream().noneMatch(k -> k.sameTeam() && k.patient().id() == joinPatientId)) {
                throw new TriageRefused("joinPatientId", "Choose one of the patients shown, or a new patient record");
            }
            patients.requireAccess(joinPatientId);
            registration.recordModeChoice(joinPatientId, referral.preferredMode());
            return joinPatientId;
        }
        var number = nhsNumber != null ? nhsNumber : referral.nhsNumber();
        if (number == null) {
            throw new TriageRefused("nhsNumber", "Enter the person's NHS number (look it up if they did not give it)");
        }
        try {
            return registration.register(details(referral, number));
        } catch (PatientRegistration.NhsNumberTaken taken) {
            throw new TriageRefused("nhsNumber", taken.getMessage());
        }
    }

    private static PatientDetails details(SelfReferral r, NhsNumber number) {
        var settingsPractice = r.given(Journey.PRACTICE);
        String callFirst = r.given("callFirst");
        return new PatientDetails(
                number,
                r.givenName(),
                r.familyName(),
                r.dateOfBirth(),
                codeOr(r.given("gender"), "Z"),
                codeOr(r.given("ethnicCategory"), "Z"),
                r.given("postcode"),
                settingsPractice,
                r.given("practiceName"),
                r.given("mobilePhone"),
                r.given("landlinePhone"),
                callFirst == null ? null : PreferredPhone.valueOf(callFirst),
                "Y".equals(r.given("voicemail")),
                r.given("safeCallTimes"),
                r.given("email"),
                r.preferredMode(),
                true);
    }

    private static String codeOr(@Nullable String code, String otherwise) {
        return code == null ? otherwise : code;
    }

    private boolean tell(SelfReferral referral, String message) {
        String subject = "About your referral";
        String body = "Hello " + referral.givenName() + ". " + message;
        boolean sent = false;
        if (referral.given("mobilePhone") != null) {
            messages.queue(MessageChannel.SMS, referral.given("mobilePhone"), subject, body);
            sent = true;
        }
        if (referral.given("email") != null) {
            messages.queue(MessageChannel.EMAIL, referral.given("email"), subject, body);
            sent = true;
        }
        return sent;
    }

    private List<Scored> scores(SelfReferral referral) {
        var byInstrument = answersByInstrument(referral);
        return questionnaires.asked().stream()
                .map(i -> new Scored(
                        i,
                        questionnaires.score(i.id(), byInstrument.getOrDefault(i.id(), Map.of())),
                        byInstrument.getOrDefault(i.id(), Map.of())))
                .toList();
    }

    static Map<String, Map<Integer, String>> answersByInstrument(SelfReferral referral) {
        Map<String, Map<Integer, String>> byInstrument = new LinkedHashMap<>();
        referral.answers().forEach((question, answer) -> {
            int dot = question.indexOf('.');
            if (dot > 0) {
                byInstrument
                        .computeIfAbsent(question.substring(0, dot), k -> new java.util.TreeMap<>())
                        .put(Integer.parseInt(question.substring(dot + 1)), answer);
            }
        });
        return byInstrument;
    }

    private SelfReferral lockedNew(long id) {
        var referral = inMyTeam(id);
        if (!store.lockNew(id)) {
            throw new TriageRefused("decision", "This self-referral has already been triaged");
        }
        return referral;
    }

    private SelfReferral inMyTeam(long id) {
        var me = clinician();
        var referral = store.find(id).orElseThrow(() -> new NotFoundException("Self-referral " + id));
        if (!me.belongsTo(referral.teamId())) {
            audit.denied(null, "Refused access to self-referral " + id + " (another team's)");
            throw new AccessDeniedException("Another team's self-referral");
        }
        return referral;
    }

    private CurrentStaff clinician() {
        var me = staff.current();
        if (!me.isClinician() || me.teamId() == null) {
            throw new AccessDeniedException("Triage is for clinicians in a team");
        }
        return me;
    }

    /** A decision that cannot be made as asked: the field and what to do. */
    public static final class TriageRefused extends RuntimeException {

        private final String field;

        public TriageRefused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}

package org.stepline.selfreferral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.measures.Instrument;
import org.stepline.measures.ReferralQuestionnaires;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.OneOffMessages;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * The person's side: the pages to ask, checking each page, whether an answer calls for help now, and sending the
 * finished referral (stored, an urgent one's risk alert raised at once, a confirmation queued to them).
 */
@Service
public class SelfReferrals {

    static final String ACTOR = "self-referral (public page)";

    private final SettingsStore settings;
    private final SelfReferralStore store;
    private final ReferralQuestionnaires questionnaires;
    private final OneOffMessages messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final String serviceName;

    SelfReferrals(
            SettingsStore settings,
            SelfReferralStore store,
            ReferralQuestionnaires questionnaires,
            OneOffMessages messages,
            AuditTrail audit,
            Clock clock,
            @Value("${stepline.messaging.service-name:the talking therapies service}") String serviceName) {
        this.settings = settings;
        this.store = store;
        this.questionnaires = questionnaires;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.serviceName = serviceName;
    }

    public Settings settings() {
        return settings.current();
    }

    public Journey journey() {
        return Journey.of(settings.current(), questionnaires.asked());
    }

    public LocalDate today() {
        return ServiceTime.dateOf(clock.instant());
    }

    public AnswerChecks.Checked check(Question question, Map<String, String> typed) {
        return AnswerChecks.check(question, typed, today(), this::questionnaireProblem);
    }

    /** Whether this answer means the person must be shown where to get help now. */
    public boolean callsForHelp(String question, String answer) {
        return Urgency.calledFor(question, answer, this::riskIn);
    }

    public boolean urgent(Map<String, String> answers) {
        return !Urgency.reasons(answers, this::riskIn).isEmpty();
    }

    public Optional<Eligibility.Refusal> refusal(Map<String, String> answers) {
        return Eligibility.refusal(answers, settings.current(), today());
    }

    /** A sent referral, or the first page still needing an answer. */
    public sealed interface Outcome {}

    public record Sent(long id, boolean urgent) implements Outcome {}

    public record Incomplete(String questionId) implements Outcome {}

    @Transactional
    public Outcome send(Map<String, String> answers) {
        var current = settings.current();
        var journey = Journey.of(current, questionnaires.asked());
        var kept = new HashMap<String, String>();
        for (var question : journey.questions()) {
            var checked = check(question, answers);
            if (!checked.ok()) {
                return new Incomplete(question.id());
            }
            kept.putAll(checked.answers());
        }
        var refusal = Eligibility.refusal(kept, current, today());
        if (refusal.isPresent()) {
            return new Incomplete(
                    switch (refusal.get()) {
                        case TOO_YOUNG -> Journey.BIRTH_DATE;
                        case PRACTICE_NOT_COVERED -> Journey.PRACTICE;
                        case UNDER_SECONDARY_CARE -> Journey.SECONDARY_CARE;
                    });
        }
        var practice = current.practice(kept.get(Journey.PRACTICE)).orElseThrow();
        kept.put("practiceName", practice.name());
        var reasons = Urgency.reasons(kept, this::riskIn);
        List<ConsultationMechanism> offered =
                current.offered().stream().map(ModeOffer::mode).toList();
        long id = store.add(
                practice.teamId(),
                kept.get("givenName"),
                kept.get("familyName"),
                AnswerChecks.birthDate(kept.get(Journey.BIRTH_DATE)),
                blankToNull(kept.get("nhsNumber")),
                !reasons.isEmpty(),
                offered,
                ConsultationMechanism.of(kept.get(Journey.MODE)),
                kept);
        reasons.forEach(reason -> questionnaires.raiseBeforeTriage(practice.teamId(), id, reason));
        confirm(kept, id, current);
        audit.recordBy(
                ACTOR,
                null,
                AuditAction.CREATE,
                "Self-referral " + id + " received" + (reasons.isEmpty() ? "" : " (urgent: risk alert raised)"));
        return new Sent(id, !reasons.isEmpty());
    }

    /** A text to their mobile and an e-mail, whichever they gave: that we have it and what happens next. */
    private void confirm(Map<String, String> kept, long id, Settings current) {
        String body =
                "Hello " + kept.get("givenName") + ". " + capitalised(serviceName) + " has your referral (reference "
                        + reference(id) + "). "
                        + current.whatHappensNext().lines().findFirst().orElse("")
                        + " If you need help now, call NHS 111 and choose the option for mental health, or call 999 in an emergency.";
        String subject = "We have your referral";
        String mobile = blankToNull(kept.get("mobilePhone"));
        String email = blankToNull(kept.get("email"));
        if (mobile != null) {
            messages.queue(MessageChannel.SMS, mobile, subject, body);
        }
        if (email != null) {
            messages.queue(MessageChannel.EMAIL, email, subject, body + "\n\nPlease do not reply to this email.");
        }
    }

    public static String reference(long id) {
        return "SR" + id;
    }

    private Optional<String> questionnaireProblem(String question, String answer) {
        var parts = question.split("\\.", 2);
        return questionnaires.problemWith(parts[0], Integer.parseInt(parts[1]), answer);
    }

    private Optional<String> riskIn(String question, String answer) {
        if (!question.contains(".")) {
            return Optional.empty();
        }
        var parts = question.split("\\.", 2);
        return questionnaires
                .riskIn(parts[0], Integer.parseInt(parts[1]), answer)
                .map(Instrument.RiskRule::message);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

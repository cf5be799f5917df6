package org.stepline.surveys.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;

/**
 * Answering a round: once per person, while it is open. Who answered and what they answered are written apart
 * (see {@link RoundStore}); nothing is audited or logged about the answers.
 */
@Service
public class SurveyAnswering {

    private final RoundStore store;
    private final SurveyRounds rounds;
    private final StaffDirectory staff;
    private final NomadQuestionnaire nomad;

    SurveyAnswering(RoundStore store, SurveyRounds rounds, StaffDirectory staff, NomadQuestionnaire nomad) {
        this.store = store;
        this.rounds = rounds;
        this.staff = staff;
        this.nomad = nomad;
    }

    /** Why the signed-in person cannot answer the round now; null when they can. */
    public record AnswerPage(
            Round round, Nomad nomad, @Nullable String refusal) {}

    public Nomad questionnaire() {
        return nomad.get();
    }

    public AnswerPage page(long roundId) {
        CurrentStaff me = staff.current();
        Round round = rounds.require(roundId);
        if (!SurveyAccess.mayAnswer(me, round)) {
            throw new AccessDeniedException("This survey round is not for your team");
        }
        return new AnswerPage(round, nomad.get(), refusal(round, me));
    }

    private @Nullable String refusal(Round round, CurrentStaff me) {
        if (store.hasAnswered(round.id(), me.id())) {
            return "You have already answered this survey. Thank you.";
        }
        if (round.closed(rounds.today())) {
            return "This survey has closed.";
        }
        return round.open(rounds.today()) ? null : "This survey is not open yet.";
    }

    public AnswerForm form(Map<String, String> parameters) {
        return AnswerForm.from(nomad.get(), parameters);
    }

    /** Saves the answers anonymously; the problems by field when something was not right (nothing saved then). */
    @Transactional
    public Map<String, String> submit(long roundId, AnswerForm form) {
        var page = page(roundId);
        if (page.refusal() != null) {
            return Map.of("answers", page.refusal());
        }
        var problems = form.problems(nomad.get());
        if (!problems.isEmpty()) {
            return problems;
        }
        CurrentStaff me = staff.current();
        if (!store.addRespondent(roundId, me.id())) {
            return Map.of("answers", "You have already answered this survey. Thank you.");
        }
        store.addResponse(roundId, me.teamId(), form.answers(nomad.get()));
        return Map.of();
    }
}

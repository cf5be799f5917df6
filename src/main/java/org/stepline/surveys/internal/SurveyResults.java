package org.stepline.surveys.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.surveys.ConstructResult;
import org.stepline.surveys.LatestSurvey;
import org.stepline.surveys.SurveyAnswers;

/**
 * A closed round's results for the service and each team it covers, each withheld unless enough people answered
 * ({@link SmallGroups}), with the change since the group's previous round shown. An open round shows only how
 * many have answered, so that nobody can compare results before and after one person's answers.
 */
@Service
public class SurveyResults {

    static final String SERVICE = "service";

    private final RoundStore store;
    private final SurveyRounds rounds;
    private final StaffDirectory staff;
    private final NomadQuestionnaire nomad;
    private final AuditTrail audit;
    private final int minimum;

    SurveyResults(
            RoundStore store,
            SurveyRounds rounds,
            StaffDirectory staff,
            NomadQuestionnaire nomad,
            AuditTrail audit,
            @Value("${stepline.outcomes.suppress-below:5}") int suppressBelow) {
        this.store = store;
        this.rounds = rounds;
        this.staff = staff;
        this.nomad = nomad;
        this.audit = audit;
        this.minimum = Math.max(SmallGroups.ANONYMITY_FLOOR, suppressBelow);
    }

    public record RoundResults(
            Round round,
            String scope,
            int respondents,
            int invited,
            boolean closed,
            int minimum,
            List<GroupResult> groups,
            Nomad nomad) {}

    public int minimum() {
        return minimum;
    }

    @Transactional
    public RoundResults of(long roundId) {
        var results = results(roundId);
        audit.record(null, AuditAction.VIEW, "Viewed the results of staff survey round " + roundId);
        return results;
    }

    /** A closed round's results as CSV ({@link SurveyCsv}); an open round has none to give. */
    @Transactional
    public String csv(long roundId) {
        var results = results(roundId);
        if (!results.closed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Results are given once the round closes");
        }
        audit.record(null, AuditAction.EXPORT, "Downloaded the results of staff survey round " + roundId);
        return SurveyCsv.write(results);
    }

    private RoundResults results(long roundId) {
        SurveyAccess.requireResultsReader(staff.current());
        rounds.sealClosed();
        Round round = rounds.require(roundId);
        var responses = store.responses(roundId);
        boolean closed = round.closed(rounds.today());
        List<GroupResult> groups = closed ? groups(round, responses) : List.of();
        return new RoundResults(
                round,
                rounds.scopeOf(round),
                responses.size(),
                rounds.invited(round),
                closed,
                minimum,
                groups,
                nomad.get());
    }

    private List<GroupResult> groups(Round round, List<RoundStore.TeamResponse> responses) {
        List<Round> earlier = earlierSealed(round);
        List<GroupResult> groups = new ArrayList<>();
        groups.add(result(round, responses, null, earlier));
        staff.teams().stream()
                .filter(t -> round.covers(t.id()))
                .sorted(Comparator.comparing(StaffDirectory.Team::name))
                .forEach(t -> groups.add(result(round, responses, t.id(), earlier)));
        return groups;
    }

    /** The group's result in the round, with its previous shown round's answers for the change. */
    private GroupResult result(
            Round round, List<RoundStore.TeamResponse> responses, @Nullable Long teamId, List<Round> earlier) {
        String key = teamId == null ? SERVICE : String.valueOf(teamId);
        String label = teamId == null ? "All who answered" : staff.teamName(teamId);
        List<SurveyAnswers> answers = answersOf(responses, teamId);
        if (!visible(responses, teamId)) {
            return GroupResult.withheld(key, label, answers.size());
        }
        List<SurveyAnswers> previous = null;
        for (Round before : earlier) {
            var theirs = store.responses(before.id());
            if ((teamId == null || before.covers(teamId)) && visible(theirs, teamId)) {
                previous = answersOf(theirs, teamId);
                break;
            }
        }
        return GroupScoring.of(nomad.get(), key, label, answers, previous);
    }

    private boolean visible(List<RoundStore.TeamResponse> responses, @Nullable Long teamId) {
        Map<Long, Integer> counts = new HashMap<>();
        responses.forEach(r -> counts.merge(r.teamId(), 1, Integer::sum));
        var visible = SmallGroups.of(counts, minimum);
        return teamId == null ? visible.service() : visible.teams().contains(teamId);
    }

    private static List<SurveyAnswers> answersOf(List<RoundStore.TeamResponse> responses, @Nullable Long teamId) {
        return responses.stream()
                .filter(r -> teamId == null || r.teamId() == teamId)
                .map(RoundStore.TeamResponse::answers)
                .toList();
    }

    /** Sealed rounds that closed before this one opened, latest first. */
    private List<Round> earlierSealed(Round round) {
        return store.all().stream()
                .filter(r -> r.sealed() && r.id() != round.id() && r.closesOn().isBefore(round.opensOn()))
                .sorted(Comparator.comparing(Round::closesOn).reversed())
                .toList();
    }

    /** The latest sealed round in which the group's result is shown, as construct means. */
    @Transactional
    public Optional<LatestSurvey> latest(@Nullable Long teamId) {
        rounds.sealClosed();
        var sealed = store.all().stream()
                .filter(Round::sealed)
                .sorted(Comparator.comparing(Round::closesOn).reversed())
                .toList();
        for (Round round : sealed) {
            if (teamId != null && !round.covers(teamId)) {
                continue;
            }
            var result = result(round, store.responses(round.id()), teamId, earlierSealed(round));
            if (result.shown()) {
                return Optional.of(new LatestSurvey(
                        round.id(),
                        round.title(),
                        round.closesOn(),
                        result.respondents(),
                        result.constructs().stream()
                                .map(c -> new ConstructResult(
                                        c.construct().key(),
                                        c.construct().name(),
                                        c.spread().n(),
                                        c.spread().mean(),
                                        c.spread().standardDeviation(),
                                        c.change()))
                                .toList()));
            }
        }
        return Optional.empty();
    }
}

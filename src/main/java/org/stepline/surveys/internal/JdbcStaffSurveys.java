package org.stepline.surveys.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.identity.CurrentStaff;
import org.stepline.surveys.LatestSurvey;
import org.stepline.surveys.OpenSurvey;
import org.stepline.surveys.StaffSurveys;

@Service
class JdbcStaffSurveys implements StaffSurveys {

    private final RoundStore store;
    private final SurveyRounds rounds;
    private final SurveyResults results;
    private final NomadQuestionnaire nomad;

    JdbcStaffSurveys(RoundStore store, SurveyRounds rounds, SurveyResults results, NomadQuestionnaire nomad) {
        this.store = store;
        this.rounds = rounds;
        this.results = results;
        this.nomad = nomad;
    }

    @Override
    public List<OpenSurvey> openFor(CurrentStaff staff) {
        var today = rounds.today();
        return store.all().stream()
                .filter(r -> r.open(today) && SurveyAccess.mayAnswer(staff, r))
                .map(r -> new OpenSurvey(r.id(), r.title(), r.closesOn(), store.hasAnswered(r.id(), staff.id())))
                .toList();
    }

    @Override
    public Optional<LatestSurvey> latest(@Nullable Long teamId) {
        return results.latest(teamId);
    }

    @Override
    @Transactional
    public long recordClosedRound(PastRound round) {
        long id = store.insert(
                nomad.get().id(), round.title(), round.opensOn(), round.closesOn(), round.teamIds(), round.openedBy());
        round.respondents().forEach(staffId -> store.addRespondent(id, staffId));
        round.answers().forEach(a -> store.addResponse(id, a.teamId(), a.answers()));
        store.seal(id);
        return id;
    }
}

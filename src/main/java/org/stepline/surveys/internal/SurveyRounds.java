package org.stepline.surveys.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;

/** Opening, listing and closing survey rounds; a round that has closed is sealed before anything reads it. */
@Service
public class SurveyRounds {

    private final RoundStore store;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final NomadQuestionnaire nomad;

    SurveyRounds(RoundStore store, StaffDirectory staff, AuditTrail audit, Clock clock, NomadQuestionnaire nomad) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.nomad = nomad;
    }

    public record RoundRow(Round round, String scope, String status, int answered, int invited) {}

    LocalDate today() {
        return ServiceTime.dateOf(clock.instant());
    }

    @Transactional
    public List<RoundRow> list() {
        SurveyAccess.requireResultsReader(staff.current());
        sealClosed();
        Map<Long, Integer> answered = store.respondentCounts();
        LocalDate today = today();
        return store.all().stream()
                .map(r -> new RoundRow(r, scopeOf(r), status(r, today), answered.getOrDefault(r.id(), 0), invited(r)))
                .toList();
    }

    public RoundForm blankForm() {
        SurveyAccess.requireManager(staff.current());
        return RoundForm.blank(today());
    }

    public List<StaffDirectory.Team> teams() {
        return staff.teams();
    }

    /** Opens the round; the problems by field when the form is not right (nothing is saved then). */
    @Transactional
    public Map<String, String> open(RoundForm form) {
        var me = staff.current();
        SurveyAccess.requireManager(me);
        Set<Long> known = staff.teams().stream().map(StaffDirectory.Team::id).collect(Collectors.toSet());
        var problems = form.problems(today(), known);
        if (problems.isEmpty()) {
            long id = store.insert(
                    nomad.get().id(), form.title().strip(), today(), form.closingDate(), form.chosenTeams(), me.id());
            audit.record(
                    null,
                    AuditAction.CREATE,
                    "Opened staff survey round " + id + " (" + form.title().strip() + ")");
        }
        return problems;
    }

    @Transactional
    public Round close(long roundId) {
        SurveyAccess.requireManager(staff.current());
        Round round = require(roundId);
        store.closeEarly(roundId, today());
        audit.record(null, AuditAction.UPDATE, "Closed staff survey round " + roundId);
        sealClosed();
        return round;
    }

    Round require(long roundId) {
        return store.find(roundId).orElseThrow(() -> new NotFoundException("Survey round " + roundId));
    }

    /** Seals every round that has stopped taking answers and is not sealed yet. */
    void sealClosed() {
        LocalDate today = today();
        store.all().stream().filter(r -> r.closed(today) && !r.sealed()).forEach(r -> store.seal(r.id()));
    }

    String scopeOf(Round round) {
        if (round.wholeService()) {
            return "Whole service";
        }
        return round.teamIds().stream().map(staff::teamName).sorted().collect(Collectors.joining(", "));
    }

    private static String status(Round round, LocalDate today) {
        if (round.closed(today)) {
            return "Closed";
        }
        return round.open(today) ? "Open" : "Not open yet";
    }

    /** How many practitioners and supervisors the round asks: those of the teams it covers. */
    int invited(Round round) {
        return staff.teams().stream()
                .filter(t -> round.covers(t.id()))
                .mapToInt(t -> staff.cliniciansOf(t.id()).size())
                .sum();
    }
}

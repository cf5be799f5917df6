package org.stepline.practice.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.outcomes.OutcomeBreakdowns;
import org.stepline.outcomes.OutcomeBreakdowns.Breakdown;
import org.stepline.outcomes.OutcomeBreakdowns.Scope;
import org.stepline.scheduling.CallSettings;
import org.stepline.scheduling.ChoiceFigures;
import org.stepline.scheduling.ChoiceOfMode;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.surveys.LatestSurvey;
import org.stepline.surveys.StaffSurveys;

/** Assembles the telephone practice page and the practitioner's own view from the modules that hold the figures. */
@Service
public class PracticePages {

    private final StaffDirectory staff;
    private final OutcomeBreakdowns outcomes;
    private final ContactHistory contacts;
    private final ChoiceOfMode choice;
    private final CallSettings callSettings;
    private final StaffSurveys surveys;
    private final SupportStore support;
    private final AuditTrail audit;
    private final Clock clock;

    PracticePages(
            StaffDirectory staff,
            OutcomeBreakdowns outcomes,
            ContactHistory contacts,
            ChoiceOfMode choice,
            CallSettings callSettings,
            StaffSurveys surveys,
            SupportStore support,
            AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.outcomes = outcomes;
        this.contacts = contacts;
        this.choice = choice;
        this.callSettings = callSettings;
        this.surveys = surveys;
        this.support = support;
        this.audit = audit;
        this.clock = clock;
    }

    public record TeamPage(
            PracticePeriod period,
            @Nullable Long teamId,
            String scope,
            List<StaffDirectory.Team> teams,
            boolean chooseTeam,
            @Nullable ContactShares contacts,
            List<ChoiceFigures> choice,
            List<ChoiceOfMode.PreferredAndGot> preferred,
            @Nullable Breakdown byMode,
            @Nullable Breakdown bySetting,
            Optional<LatestSurvey> survey,
            List<TrainingRow> training,
            int suppressBelow) {}

    public record PractitionerPage(
            PracticePeriod period,
            StaffDirectory.StaffMember practitioner,
            String team,
            @Nullable Breakdown mine,
            @Nullable Breakdown theTeam,
            @Nullable Breakdown service,
            int suppressBelow) {}

    public PracticePeriod period(@Nullable String from, @Nullable String to) {
        return PracticePeriod.parse(from, to, ServiceTime.dateOf(clock.instant()));
    }

    @Transactional
    public TeamPage teamPage(@Nullable Long requestedTeam, PracticePeriod period) {
        var me = staff.current();
        @Nullable Long team = PracticeAccess.pageTeam(me, requestedTeam);
        if (team != null && staff.teams().stream().noneMatch(t -> t.id() == team)) {
            throw new NotFoundException("Team " + team);
        }
        String scope = team == null ? "The whole service" : staff.teamName(team);
        var training = training(team);
        if (!period.valid()) {
            return new TeamPage(
                    period,
                    team,
                    scope,
                    staff.teams(),
                    me.role() == org.stepline.identity.Role.MANAGER,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    surveys.latest(team),
                    training,
                    outcomes.suppressBelow());
        }
        Scope outcomeScope = team == null ? Scope.SERVICE : Scope.team(team);
        var choices = choice.figures(period.from(), period.to()).stream()
                .filter(f -> team == null || f.teamId() == team)
                .toList();
        audit.record(
                null,
                AuditAction.VIEW,
                "Viewed the telephone practice page: " + scope + ", " + period.from() + " to " + period.to());
        return new TeamPage(
                period,
                team,
                scope,
                staff.teams(),
                me.role() == org.stepline.identity.Role.MANAGER,
                contactShares(period, team),
                choices,
                choice.preferredAgainstGot(period.from(), period.to(), team),
                outcomes.byTreatmentMode(period.from(), period.to(), outcomeScope),
                bySetting(period, outcomeScope),
                surveys.latest(team),
                training,
                outcomes.suppressBelow());
    }

    private Breakdown bySetting(PracticePeriod period, Scope scope) {
        Map<String, String> labels = new LinkedHashMap<>();
        callSettings.all().forEach(s -> labels.put(s.code(), s.label()));
        labels.put(PathwaySettings.MIXED, "Mixed settings");
        return outcomes.byPathwayGroup(
                period.from(), period.to(), scope, PathwaySettings.ofEach(callSettings.settingsByReferral()), labels);
    }

    private ContactShares contactShares(PracticePeriod period, @Nullable Long team) {
        var months = period.months();
        Map<ConsultationMechanism, long[]> byMonth = new EnumMap<>(ConsultationMechanism.class);
        for (ConsultationMechanism mode : List.of(
                ConsultationMechanism.FACE_TO_FACE, ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO)) {
            byMonth.put(mode, new long[months.size()]);
        }
        for (int m = 0; m < months.size(); m++) {
            var start = months.get(m)[0].atStartOfDay(ServiceTime.ZONE).toInstant();
            var end =
                    months.get(m)[1].plusDays(1).atStartOfDay(ServiceTime.ZONE).toInstant();
            for (var count : contacts.countsByTeamAndMode(start, end)) {
                if (team == null || count.teamId() == team) {
                    byMonth.computeIfAbsent(count.mode(), k -> new long[months.size()])[m] += count.contacts();
                }
            }
        }
        Map<ConsultationMechanism, Long> totals = new EnumMap<>(ConsultationMechanism.class);
        byMonth.forEach((mode, counts) ->
                totals.put(mode, java.util.Arrays.stream(counts).sum()));
        var labels = months.stream()
                .map(m -> m[0].format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK)))
                .toList();
        return new ContactShares(labels, byMonth, totals);
    }

    /** Training coverage by team: a manager sees every team, a supervisor their own. */
    List<TrainingRow> training(@Nullable Long team) {
        var champions = support.champions();
        List<TrainingRow> rows = new ArrayList<>();
        for (var t : staff.teams()) {
            if (team != null && t.id() != team) {
                continue;
            }
            var clinicians = staff.cliniciansOf(t.id());
            List<Long> ids =
                    clinicians.stream().map(StaffDirectory.StaffMember::id).toList();
            var trained = support.trainingOf(ids).stream()
                    .map(Training::staffId)
                    .distinct()
                    .count();
            var observations = support.observations(ids);
            rows.add(new TrainingRow(
                    t.id(),
                    t.name(),
                    clinicians.size(),
                    (int) trained,
                    (int) observations.values().stream().filter(c -> c[0] > 0).count(),
                    (int) observations.values().stream().filter(c -> c[1] > 0).count(),
                    clinicians.stream()
                            .filter(c -> champions.containsKey(c.id()))
                            .map(StaffDirectory.StaffMember::displayName)
                            .sorted()
                            .toList()));
        }
        rows.sort(Comparator.comparing(TrainingRow::team));
        return rows;
    }

    @Transactional
    public PractitionerPage practitionerPage(long practitionerId, PracticePeriod period) {
        var me = staff.current();
        var practitioner = staff.find(practitionerId)
                .filter(p -> p.role().isClinician())
                .orElseThrow(() -> new NotFoundException("Practitioner " + practitionerId));
        if (!PracticeAccess.mayView(me, practitioner)) {
            audit.record(null, AuditAction.DENIED, "Refused the telephone work view of staff " + practitionerId);
            throw new AccessDeniedException("Only the practitioner, their supervisor and the service manager see this");
        }
        String team = practitioner.teamId() == null ? "No team" : staff.teamName(practitioner.teamId());
        if (!period.valid()) {
            return new PractitionerPage(period, practitioner, team, null, null, null, outcomes.suppressBelow());
        }
        audit.record(
                null,
                AuditAction.VIEW,
                "Viewed the telephone work of " + practitioner.displayName() + ", " + period.from() + " to "
                        + period.to());
        return new PractitionerPage(
                period,
                practitioner,
                team,
                outcomes.byTreatmentMode(period.from(), period.to(), Scope.practitioner(practitionerId)),
                practitioner.teamId() == null
                        ? null
                        : outcomes.byTreatmentMode(period.from(), period.to(), Scope.team(practitioner.teamId())),
                outcomes.byTreatmentMode(period.from(), period.to(), Scope.SERVICE),
                outcomes.suppressBelow());
    }

    public long me() {
        return staff.current().id();
    }
}

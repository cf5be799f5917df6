package org.stepline.practice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.scheduling.CallSetting;
import org.stepline.scheduling.CallSettings;
import org.stepline.shared.ServiceTime;

/** The support page: training, observed sessions and champions for the teams one may see; the call-setting list. */
@Service
public class SupportRecords {

    private final StaffDirectory staff;
    private final SupportStore store;
    private final PracticePages pages;
    private final CallSettings callSettings;
    private final AuditTrail audit;
    private final Clock clock;

    SupportRecords(
            StaffDirectory staff,
            SupportStore store,
            PracticePages pages,
            CallSettings callSettings,
            AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.store = store;
        this.pages = pages;
        this.callSettings = callSettings;
        this.audit = audit;
        this.clock = clock;
    }

    public record Person(
            StaffDirectory.StaffMember member,
            String team,
            List<Training> training,
            long observed,
            long observedOthers,
            @Nullable LocalDate championSince) {}

    public record SupportPage(
            List<TrainingRow> coverage, List<Person> people, boolean manager, List<CallSetting> callSettings) {}

    @Transactional(readOnly = true)
    public SupportPage page() {
        var me = staff.current();
        @Nullable Long team = PracticeAccess.supportTeam(me);
        var people = people(team);
        var ids = people.stream().map(StaffDirectory.StaffMember::id).toList();
        var training = store.trainingOf(ids).stream().collect(Collectors.groupingBy(Training::staffId));
        var observations = store.observations(ids);
        var champions = store.champions();
        return new SupportPage(
                pages.training(team),
                people.stream()
                        .map(p -> new Person(
                                p,
                                staff.teamName(p.teamId()),
                                training.getOrDefault(p.id(), List.of()),
                                observations.getOrDefault(p.id(), new long[2])[0],
                                observations.getOrDefault(p.id(), new long[2])[1],
                                champions.get(p.id())))
                        .toList(),
                me.role() == org.stepline.identity.Role.MANAGER,
                callSettings.all());
    }

    private List<StaffDirectory.StaffMember> people(@Nullable Long team) {
        return staff.teams().stream()
                .filter(t -> team == null || t.id() == team)
                .flatMap(t -> staff.cliniciansOf(t.id()).stream())
                .toList();
    }

    private Set<Long> visiblePeople() {
        return people(PracticeAccess.supportTeam(staff.current())).stream()
                .map(StaffDirectory.StaffMember::id)
                .collect(Collectors.toSet());
    }

    /** Records training or an observed session; the problems by field, nothing saved, when not right. */
    @Transactional
    public Map<String, String> record(SupportForm form) {
        var me = staff.current();
        var problems = form.problems(visiblePeople(), ServiceTime.dateOf(clock.instant()));
        if (!problems.isEmpty()) {
            return problems;
        }
        long person = SupportForm.id(form.staffId());
        if ("training".equals(form.kind())) {
            store.recordTraining(person, form.course(), form.date(), me.id());
        } else {
            store.recordObservation(
                    person, "observed".equals(form.kind()), form.date(), SupportForm.id(form.colleagueId()), me.id());
        }
        audit.record(
                null, AuditAction.CREATE, "Recorded telephone-work support (" + form.kind() + ") for staff " + person);
        return Map.of();
    }

    @Transactional
    public void champion(long staffId, boolean champion) {
        if (!visiblePeople().contains(staffId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not a member of your team");
        }
        if (champion) {
            store.makeChampion(staffId, ServiceTime.dateOf(clock.instant()));
        } else {
            store.endChampion(staffId);
        }
        audit.record(
                null, AuditAction.UPDATE, (champion ? "Named" : "Ended") + " telephone champion: staff " + staffId);
    }

    /** Adds a call setting (a manager); the problem when the label is blank, too long or already in the list. */
    @Transactional
    public @Nullable String addCallSetting(@Nullable String label) {
        requireManager();
        String problem = callSettingProblem(label, null);
        if (problem != null) {
            return problem;
        }
        callSettings.add(label);
        audit.record(null, AuditAction.ADMIN, "Added call setting " + label.strip());
        return null;
    }

    /** The setting to rename (a manager), or not found. */
    @Transactional(readOnly = true)
    public CallSetting callSetting(String code) {
        requireManager();
        return callSettings.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Renames a call setting (a manager): contacts already recorded keep its code, so they are shown under the new
     * name. The problem, nothing changed, when the name is blank, too long or another setting's.
     */
    @Transactional
    public @Nullable String renameCallSetting(String code, @Nullable String label) {
        var setting = callSetting(code);
        String problem = callSettingProblem(label, code);
        if (problem != null) {
            return problem;
        }
        callSettings.rename(code, label);
        audit.record(
                null,
                AuditAction.ADMIN,
                "Renamed call setting " + code + " from " + setting.label() + " to " + label.strip());
        return null;
    }

    private @Nullable String callSettingProblem(@Nullable String label, @Nullable String renaming) {
        if (label == null || label.isBlank()) {
            return "Enter where calls are taken, like \"A booth in the library\"";
        }
        if (label.strip().length() > 80) {
            return "The name must be 80 characters or fewer";
        }
        if (callSettings.all().stream()
                .anyMatch(s -> !s.code().equals(renaming) && s.label().equalsIgnoreCase(label.strip()))) {
            return "That place is already in the list";
        }
        return null;
    }

    @Transactional
    public void retireCallSetting(String code, boolean retired) {
        callSetting(code);
        callSettings.retire(code, retired);
        audit.record(null, AuditAction.ADMIN, (retired ? "Retired" : "Restored") + " call setting " + code);
    }

    private void requireManager() {
        if (staff.current().role() != org.stepline.identity.Role.MANAGER) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only a service manager edits the list");
        }
    }
}

package org.stepline.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.scheduling.internal.Availability.ChangeKind;
import org.stepline.scheduling.internal.DiaryForms.AwayForm;
import org.stepline.scheduling.internal.DiaryForms.ExtraSlotForm;
import org.stepline.scheduling.internal.DiaryForms.WeeklySlotForm;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.FormErrors;

/** Practitioners' diaries: published availability, one-off changes, and the slots free and booked. */
@Service
public class DiaryService {

    /** Days a diary page shows. */
    static final int DAYS_SHOWN = 7;

    /** The answer to a diary form: saved (with a message) or refused (the page again, with the problems). */
    public record Outcome(@Nullable String saved, @Nullable DiaryView refused) {}

    /** A diary the signed-in member of staff may open, for the index page. */
    public record Listed(long id, String name, String team, boolean mine) {}

    private final Diaries diaries;
    private final StaffDirectory staff;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final Clock clock;

    DiaryService(Diaries diaries, StaffDirectory staff, PatientDirectory patients, AuditTrail audit, Clock clock) {
        this.diaries = diaries;
        this.staff = staff;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** Clinicians see their team's diaries; managers and administrators every team's. */
    public List<Listed> diaries() {
        CurrentStaff me = staff.current();
        List<Listed> listed = new ArrayList<>();
        for (var team : staff.teams()) {
            if (me.isClinician() && !me.belongsTo(team.id())) {
                continue;
            }
            staff.cliniciansOf(team.id())
                    .forEach(c -> listed.add(new Listed(c.id(), c.displayName(), team.name(), c.id() == me.id())));
        }
        listed.sort(java.util.Comparator.comparing((Listed l) -> !l.mine())
                .thenComparing(Listed::team)
                .thenComparing(Listed::name));
        return listed;
    }

    @Transactional
    public DiaryView page(long practitionerId, @Nullable LocalDate from) {
        var owner = owner(practitionerId);
        var access = require(owner, false);
        return view(
                owner,
                access,
                from == null ? today() : from,
                WeeklySlotForm.blank(),
                ExtraSlotForm.blank(),
                AwayForm.blank(),
                FormErrors.NONE);
    }

    @Transactional
    public Outcome addWeekly(long practitionerId, WeeklySlotForm form) {
        var owner = owner(practitionerId);
        var access = require(owner, true);
        Map<String, String> problems = form.problems(today());
        if (!problems.isEmpty()) {
            return refused(owner, access, form, ExtraSlotForm.blank(), AwayForm.blank(), problems);
        }
        var day = form.day().orElseThrow();
        var start = Typed.time(form.weeklyStart()).orElseThrow();
        diaries.addWeekly(
                owner.id(),
                day,
                start,
                Typed.minutes(form.weeklyLength()).orElseThrow(),
                form.from(today()),
                Typed.date(form.validUntil()).orElse(null),
                DiaryForms.modesOf(form.weeklyModes()),
                staff.current().id());
        String what = "every " + day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " at "
                + start + " for " + form.weeklyLength().strip() + " minutes";
        return saved(owner, "Added a weekly slot: " + what + ".");
    }

    @Transactional
    public Outcome addExtra(long practitionerId, ExtraSlotForm form) {
        var owner = owner(practitionerId);
        var access = require(owner, true);
        Map<String, String> problems = form.problems(today());
        if (!problems.isEmpty()) {
            return refused(owner, access, WeeklySlotForm.blank(), form, AwayForm.blank(), problems);
        }
        diaries.addChange(
                owner.id(),
                ChangeKind.EXTRA,
                form.start(),
                form.end(),
                DiaryForms.modesOf(form.extraModes()),
                null,
                staff.current().id());
        return saved(owner, "Added an extra slot on " + ServiceTime.dateTime(form.start()) + ".");
    }

    @Transactional
    public Outcome addAway(long practitionerId, AwayForm form) {
        var owner = owner(practitionerId);
        var access = require(owner, true);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return refused(owner, access, WeeklySlotForm.blank(), ExtraSlotForm.blank(), form, problems);
        }
        diaries.addChange(
                owner.id(),
                ChangeKind.UNAVAILABLE,
                form.start(),
                form.end(),
                Set.of(),
                form.reason(),
                staff.current().id());
        return saved(
                owner,
                "Marked unavailable from " + ServiceTime.dateTime(form.start()) + " to "
                        + ServiceTime.dateTime(form.end()) + ".");
    }

    @Transactional
    public String removeWeekly(long practitionerId, long slotId) {
        var owner = owner(practitionerId);
        require(owner, true);
        if (!diaries.removeWeekly(owner.id(), slotId)) {
            throw new NotFoundException("Weekly slot " + slotId);
        }
        return saved(owner, "Removed the weekly slot.").saved();
    }

    @Transactional
    public String removeChange(long practitionerId, long changeId) {
        var owner = owner(practitionerId);
        require(owner, true);
        if (!diaries.removeChange(owner.id(), changeId)) {
            throw new NotFoundException("Diary change " + changeId);
        }
        return saved(owner, "Removed the one-off change.").saved();
    }

    private Outcome saved(StaffMember owner, String message) {
        audit.record(null, AuditAction.UPDATE, "Diary of " + owner.displayName() + ": " + message);
        return new Outcome(message, null);
    }

    private Outcome refused(
            StaffMember owner,
            DiaryAccess access,
            WeeklySlotForm weekly,
            ExtraSlotForm extra,
            AwayForm away,
            Map<String, String> problems) {
        return new Outcome(null, view(owner, access, today(), weekly, extra, away, new FormErrors(problems)));
    }

    private StaffMember owner(long practitionerId) {
        return staff.find(practitionerId)
                .filter(s -> s.role().isClinician() && s.teamId() != null)
                .orElseThrow(() -> new NotFoundException("Diary " + practitionerId));
    }

    private DiaryAccess require(StaffMember owner, boolean toChange) {
        var access = DiaryAccess.of(staff.current(), owner);
        if (!access.see() || (toChange && !access.edit())) {
            audit.denied(null, (toChange ? "Change" : "View") + " of the diary of " + owner.displayName() + " refused");
            throw new AccessDeniedException("Not your team's diary");
        }
        return access;
    }

    private DiaryView view(
            StaffMember owner,
            DiaryAccess access,
            LocalDate from,
            WeeklySlotForm weekly,
            ExtraSlotForm extra,
            AwayForm away,
            FormErrors errors) {
        Instant start = from.atStartOfDay(ServiceTime.ZONE).toInstant();
        Instant end = from.plusDays(DAYS_SHOWN).atStartOfDay(ServiceTime.ZONE).toInstant();
        var weeklySlots = diaries.weekly(owner.id(), from);
        var changes = diaries.changes(owner.id(), start, end);
        var bookings = diaries.bookings(owner.id(), start, end);
        Map<Long, PatientHeadline> names = access.seePatients()
                ? patients.headlines(bookings.stream()
                        .map(Availability.Booking::patientId)
                        .distinct()
                        .toList())
                : Map.of();
        if (access.seePatients() && !bookings.isEmpty()) {
            audit.listed(
                    "Viewed the diary of " + owner.displayName() + " from " + from + ", with " + bookings.size()
                            + " bookings",
                    names.keySet());
        }
        List<DiaryView.Day> days = new ArrayList<>();
        for (int d = 0; d < DAYS_SHOWN; d++) {
            LocalDate date = from.plusDays(d);
            var rows = Availability.day(date, weeklySlots, changes, bookings).stream()
                    .map(slot -> DiaryRows.row(slot, names))
                    .toList();
            days.add(new DiaryView.Day(DiaryText.day(date), rows));
        }
        var upcoming =
                diaries.changes(owner.id(), clock.instant(), clock.instant().plus(java.time.Duration.ofDays(3650)));
        return new DiaryView(
                owner.id(),
                owner.displayName(),
                staff.teamName(owner.teamId()),
                access,
                from,
                days,
                weeklySlots.stream().map(DiaryRows::weekly).toList(),
                upcoming.stream().map(DiaryRows::change).toList(),
                weekly,
                extra,
                away,
                errors);
    }

    private LocalDate today() {
        return ServiceTime.dateOf(clock.instant());
    }
}

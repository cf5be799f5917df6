package org.stepline.scheduling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.scheduling.ChoiceFigures;
import org.stepline.scheduling.ModeChoicesAtReferral;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Choice of mode offered and taken, by team: a manager sees every team, a supervisor their own. Counted in the
 * database from what was recorded at booking; imported appointments (from another system) are left out.
 */
@Service
public class ChoiceReport implements org.stepline.scheduling.ChoiceOfMode {

    private static final String COUNTS = """
            select team_id,
                   count(*) as bookings,
                   count(*) filter (where modes_offered is null) as not_recorded,
                   count(*) filter (where cardinality(modes_offered) > 1) as choice_offered,
                   count(*) filter (where cardinality(modes_offered) > 1 and preferred_mechanism is not null)
                       as with_preference,
                   count(*) filter (where cardinality(modes_offered) > 1 and preferred_mechanism = booked_mechanism)
                       as matched
            from appointment
            where starts_at >= ? and starts_at < ? and care_contact_id is null and (? or team_id = ?)
            group by team_id""";

    private static final String CHOSEN = """
            select team_id, booked_mechanism, count(*) as chosen from appointment
            where starts_at >= ? and starts_at < ? and care_contact_id is null and (? or team_id = ?)
              and cardinality(modes_offered) > 1
            group by team_id, booked_mechanism""";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final int suppressBelow;
    private final List<ModeChoicesAtReferral> atReferral;

    ChoiceReport(
            JdbcClient jdbc,
            StaffDirectory staff,
            AuditTrail audit,
            @Value("${stepline.outcomes.suppress-below:5}") int suppressBelow,
            List<ModeChoicesAtReferral> atReferral) {
        this.jdbc = jdbc;
        this.atReferral = atReferral;
        this.staff = staff;
        this.audit = audit;
        this.suppressBelow = suppressBelow;
    }

    public int suppressBelow() {
        return suppressBelow;
    }

    /** The figures for the teams the signed-in manager or supervisor may see, from {@code from} to {@code to}. */
    @Override
    @Transactional
    public List<ChoiceFigures> figures(LocalDate from, LocalDate to) {
        @Nullable Long team = visibleTeam();
        boolean allTeams = team == null;
        var start = startOf(from);
        var end = startOf(to.plusDays(1));
        long teamId = team == null ? -1 : team;
        Map<Long, Map<ConsultationMechanism, Long>> chosen = new HashMap<>();
        jdbc.sql(CHOSEN).params(start, end, allTeams, teamId).query((RowCallbackHandler)
                rs -> chosen.computeIfAbsent(rs.getLong("team_id"), t -> new EnumMap<>(ConsultationMechanism.class))
                        .put(ConsultationMechanism.of(rs.getString("booked_mechanism")), rs.getLong("chosen")));
        List<ChoiceFigures> figures = new ArrayList<>(jdbc.sql(COUNTS)
                .params(start, end, allTeams, teamId)
                .query((rs, n) -> new ChoiceFigures(
                        rs.getLong("team_id"),
                        staff.teamName(rs.getLong("team_id")),
                        rs.getLong("bookings"),
                        rs.getLong("not_recorded"),
                        rs.getLong("choice_offered"),
                        Map.copyOf(chosen.getOrDefault(rs.getLong("team_id"), Map.of())),
                        rs.getLong("with_preference"),
                        rs.getLong("matched")))
                .list());
        figures = withChoicesAtReferral(figures, start, end, team);
        figures.sort(java.util.Comparator.comparing(ChoiceFigures::team));
        audit.record(null, AuditAction.VIEW, "Viewed choice of mode by team, " + from + " to " + to);
        return figures;
    }

    /** Null for a manager (every team); a supervisor's own team; anyone else is refused. */
    private @Nullable Long visibleTeam() {
        CurrentStaff me = staff.current();
        return switch (me.role()) {
            case MANAGER -> null;
            case SUPERVISOR -> me.teamId();
            default -> throw new AccessDeniedException("The choice report is for managers and supervisors");
        };
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return OffsetDateTime.ofInstant(day.atStartOfDay(ServiceTime.ZONE).toInstant(), java.time.ZoneOffset.UTC);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PreferredAndGot> preferredAgainstGot(LocalDate from, LocalDate to, @Nullable Long teamId) {
        @Nullable Long visible = visibleTeam();
        if (visible != null && teamId != null && !visible.equals(teamId)) {
            throw new AccessDeniedException("A supervisor sees their own team's figures");
        }
        @Nullable Long team = visible != null ? visible : teamId;
        return jdbc.sql("""
                select preferred_mechanism, cons_mechanism, count(*) as contacts from appointment
                where starts_at >= ? and starts_at < ? and care_contact_id is null and preferred_mechanism is not null
                  and stepline_has_outcome(attendance) and (? or team_id = ?)
                group by 1, 2 order by 1, 2""")
                .params(startOf(from), startOf(to.plusDays(1)), team == null, team == null ? -1 : team)
                .query((rs, n) -> new PreferredAndGot(
                        ConsultationMechanism.of(rs.getString(1)),
                        ConsultationMechanism.of(rs.getString(2)),
                        rs.getLong(3)))
                .list();
    }

    /**
     * Adds the choices made at referral: each counts as a choice recorded, offered when more than one mode was, and
     * chosen; no preference was stated before it, so it adds nothing to "chose the mode they prefer".
     */
    private List<ChoiceFigures> withChoicesAtReferral(
            List<ChoiceFigures> figures, OffsetDateTime start, OffsetDateTime end, @Nullable Long team) {
        Map<Long, ChoiceFigures> byTeam = new java.util.LinkedHashMap<>();
        figures.forEach(f -> byTeam.put(f.teamId(), f));
        for (var source : atReferral) {
            for (var c : source.between(start, end, team)) {
                var f = byTeam.getOrDefault(
                        c.teamId(), new ChoiceFigures(c.teamId(), staff.teamName(c.teamId()), 0, 0, 0, Map.of(), 0, 0));
                Map<ConsultationMechanism, Long> chosen = new EnumMap<>(ConsultationMechanism.class);
                chosen.putAll(f.chosen());
                c.chosen().forEach((mode, n) -> chosen.merge(mode, n, Long::sum));
                byTeam.put(
                        c.teamId(),
                        new ChoiceFigures(
                                f.teamId(),
                                f.team(),
                                f.bookings() + c.choices(),
                                f.notRecorded(),
                                f.choiceOffered() + c.choiceOffered(),
                                Map.copyOf(chosen),
                                f.withPreference(),
                                f.matched()));
            }
        }
        return new ArrayList<>(byTeam.values());
    }

    /** The modes chosen by anyone in the figures, in code order: the columns of the table. */
    public static List<ConsultationMechanism> modesChosen(List<ChoiceFigures> figures) {
        return java.util.Arrays.stream(ConsultationMechanism.values())
                .filter(m -> figures.stream().anyMatch(f -> f.chosen(m) > 0))
                .toList();
    }
}

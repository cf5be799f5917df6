package org.stepline.caseload.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.stepline.caseload.internal.Overview.Figures;
import org.stepline.caseload.internal.Overview.ModeFigures;
import org.stepline.caseload.internal.Overview.StageFigures;
import org.stepline.identity.StaffDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.StageCount;
import org.stepline.scheduling.ContactHistory;
import org.stepline.scheduling.ModeCount;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/** The service overview for managers and supervisors: open referrals by stage and contacts by mode, per team. */
@Service
public class Overviews {

    private static final List<ReferralStage> OPEN =
            List.of(ReferralStage.AWAITING_ASSESSMENT, ReferralStage.AWAITING_TREATMENT, ReferralStage.IN_TREATMENT);
    /** Shown even when unused, so that a mode nobody offers is visible as a zero rather than missing. */
    private static final Set<ConsultationMechanism> ALWAYS_SHOWN = EnumSet.of(
            ConsultationMechanism.FACE_TO_FACE, ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO);

    private final ReferralDirectory referrals;
    private final ContactHistory contacts;
    private final StaffDirectory staff;
    private final Clock clock;

    Overviews(ReferralDirectory referrals, ContactHistory contacts, StaffDirectory staff, Clock clock) {
        this.referrals = referrals;
        this.contacts = contacts;
        this.staff = staff;
        this.clock = clock;
    }

    public Overview build() {
        LocalDate today = LocalDate.now(clock.withZone(ServiceTime.ZONE));
        LocalDate from = today.minusMonths(12);
        var stageCounts = referrals.openCountsByTeamAndStage(today);
        var modeCounts =
                contacts.countsByTeamAndMode(from.atStartOfDay(ServiceTime.ZONE).toInstant(), clock.instant());
        var modes = EnumSet.copyOf(ALWAYS_SHOWN);
        modeCounts.forEach(count -> modes.add(count.mode()));
        List<Figures> blocks = new ArrayList<>();
        blocks.add(figures("Whole service", stageCounts, modeCounts, modes, any -> true));
        for (var team : staff.teams()) {
            blocks.add(figures(team.name(), stageCounts, modeCounts, modes, teamId -> teamId == team.id()));
        }
        return new Overview(from, blocks);
    }

    private static Figures figures(
            String name,
            List<StageCount> stageCounts,
            List<ModeCount> modeCounts,
            Set<ConsultationMechanism> modes,
            Predicate<Long> team) {
        var stages = OPEN.stream()
                .map(stage -> {
                    var counts = stageCounts.stream()
                            .filter(c -> c.stage() == stage && team.test(c.teamId()))
                            .toList();
                    return new StageFigures(
                            stage,
                            counts.stream().mapToLong(StageCount::referrals).sum(),
                            counts.stream().mapToLong(StageCount::over6Weeks).sum(),
                            counts.stream().mapToLong(StageCount::over18Weeks).sum());
                })
                .toList();
        var byMode = modes.stream()
                .map(mode -> {
                    var counts = modeCounts.stream()
                            .filter(c -> c.mode() == mode && team.test(c.teamId()))
                            .toList();
                    return new ModeFigures(
                            mode,
                            counts.stream().mapToLong(ModeCount::contacts).sum(),
                            counts.stream().mapToLong(ModeCount::attended).sum(),
                            counts.stream().mapToLong(ModeCount::didNotAttend).sum());
                })
                .toList();
        return new Figures(name, stages, byMode);
    }
}

package org.stepline.caseload.internal;

import java.time.LocalDate;
import java.util.List;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/** Aggregates only – counts, never patients: the whole service first, then each team. */
public record Overview(LocalDate contactsFrom, List<Figures> blocks) {

    /** One team's (or the whole service's) open referrals by stage and contacts by mode. */
    public record Figures(String name, List<StageFigures> stages, List<ModeFigures> modes) {

        public long openReferrals() {
            return stages.stream().mapToLong(StageFigures::open).sum();
        }

        public long contacts() {
            return modes.stream().mapToLong(ModeFigures::contacts).sum();
        }

        /** The length of a mode's bar out of {@code full}, scaled to the busiest mode. */
        public long barLength(ModeFigures mode, int full) {
            long most = modes.stream().mapToLong(ModeFigures::contacts).max().orElse(0);
            return most == 0 ? 0 : Math.round((double) full * mode.contacts() / most);
        }
    }

    public record StageFigures(ReferralStage stage, long open, long over6Weeks, long over18Weeks) {}

    public record ModeFigures(ConsultationMechanism mode, long contacts, long attended, long didNotAttend) {

        public String dnaRate() {
            return DnaRate.of(attended, didNotAttend);
        }
    }
}

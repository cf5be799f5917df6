package org.stepline.selfreferral.internal;

import java.util.List;
import java.util.Optional;
import org.stepline.shared.codes.ConsultationMechanism;

/** What the service has set: who may refer, the GP practices it covers, and the words people read. */
public record Settings(
        int minimumAge,
        List<Practice> practices,
        String crisisHelp,
        String privacyNotice,
        String whatHappensNext,
        List<ModeOffer> modes) {

    public Settings {
        practices = List.copyOf(practices);
        modes = List.copyOf(modes);
    }

    /** Self-referral is open once the service has listed at least one practice and offers at least one mode. */
    public boolean open() {
        return !practices.isEmpty() && !offered().isEmpty();
    }

    public List<ModeOffer> offered() {
        return modes.stream().filter(ModeOffer::offered).toList();
    }

    public Optional<Practice> practice(String code) {
        return practices.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<ModeOffer> offer(ConsultationMechanism mode) {
        return offered().stream().filter(m -> m.mode() == mode).findFirst();
    }
}

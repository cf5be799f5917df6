package org.stepline.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * Choice of mode, for the telephone practice page: the figures of {@code /reports/choice} (a manager sees every
 * team, a supervisor their own), and the mode patients preferred against the mode their contacts were delivered in.
 */
public interface ChoiceOfMode {

    List<ChoiceFigures> figures(LocalDate from, LocalDate to);

    /**
     * Recorded contacts in the period whose patient had stated a preferred mode at booking, by that preference and
     * the mode delivered; a team, or every team the signed-in manager or supervisor may see (null).
     */
    List<PreferredAndGot> preferredAgainstGot(
            LocalDate from, LocalDate to, @org.jspecify.annotations.Nullable Long teamId);

    record PreferredAndGot(
            org.stepline.shared.codes.ConsultationMechanism preferred,
            org.stepline.shared.codes.ConsultationMechanism got,
            long contacts) {}
}

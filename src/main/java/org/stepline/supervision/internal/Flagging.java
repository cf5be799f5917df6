package org.stepline.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.ScoreHistory;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.CareContact;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.ServiceTime;

/** Reads what the flag rules need for a set of referrals in a few batched queries, and applies the rules. */
@Component
public class Flagging {

    /** Flagged first, most urgent flag first, then more flags first, then by name. */
    static final Comparator<ReviewRow> MOST_URGENT_FIRST = Comparator.comparing(
                    (ReviewRow row) -> row.flags().isEmpty()
                            ? FlagKind.values().length
                            : row.flags().getFirst().kind().ordinal())
            .thenComparing((ReviewRow row) -> row.flags().size(), Comparator.reverseOrder())
            .thenComparing(ReviewRow::patientName);

    private final PatientDirectory patients;
    private final RiskAlerts alerts;
    private final ScoreHistory scores;
    private final ContactHistory contacts;
    private final FlagInputKeeper flagInputs;
    private final SupervisionProperties limits;
    private final Clock clock;

    Flagging(
            PatientDirectory patients,
            RiskAlerts alerts,
            ScoreHistory scores,
            ContactHistory contacts,
            FlagInputKeeper flagInputs,
            SupervisionProperties limits,
            Clock clock) {
        this.patients = patients;
        this.alerts = alerts;
        this.scores = scores;
        this.contacts = contacts;
        this.flagInputs = flagInputs;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Only the flags of the given open referrals, by referral id: what the team page counts. From the kept flag
     * inputs (one row per referral), the patients' open risk alerts and the referrals themselves; the rows of the
     * clinician's page ({@link #rowsOf}) take their flags from here.
     */
    public Map<Long, List<Flag>> flagsOf(List<ReferralSummary> open) {
        var inputs = flagInputs.inputsOf(open.stream().map(ReferralSummary::id).toList());
        var risks = alerts.openFor(
                open.stream().map(ReferralSummary::patientId).distinct().toList());
        LocalDate today = ServiceTime.dateOf(clock.instant());
        Map<Long, List<Flag>> flags = new HashMap<>();
        for (var referral : open) {
            var kept = inputs.get(referral.id());
            flags.put(
                    referral.id(),
                    FlagRules.flagsOf(
                            referral,
                            risks.getOrDefault(referral.patientId(), List.of()),
                            kept.scores(),
                            kept.contacts(),
                            today,
                            limits));
        }
        return flags;
    }

    /**
     * The rows of the given open referrals, flagged first and most urgent first. The flags and the treatment sessions
     * come from the kept flag inputs, the one path the team page takes too ({@link #flagsOf}); the scores shown are
     * every measure's summary, the treatment mode is read from the contacts.
     */
    public List<ReviewRow> rowsOf(List<ReferralSummary> open) {
        var referralIds = open.stream().map(ReferralSummary::id).toList();
        var headlines = patients.headlines(
                open.stream().map(ReferralSummary::patientId).distinct().toList());
        var flags = flagsOf(open);
        var inputs = flagInputs.inputsOf(referralIds);
        var summaries = scores.summariesFor(referralIds);
        var byReferral =
                contacts.careContactsOf(referralIds).stream().collect(Collectors.groupingBy(CareContact::referralId));
        LocalDate today = ServiceTime.dateOf(clock.instant());
        List<ReviewRow> rows = new ArrayList<>();
        for (var referral : open) {
            var patient = headlines.get(referral.patientId());
            rows.add(new ReviewRow(
                    referral.id(),
                    patient.id(),
                    patient.listName(),
                    patient.nhsNumberText(),
                    referral.step(),
                    referral.stage(),
                    referral.daysInStage(today),
                    flags.get(referral.id()),
                    summaries.getOrDefault(referral.id(), List.of()),
                    FlagRules.treatmentMode(byReferral.getOrDefault(referral.id(), List.of())),
                    inputs.get(referral.id()).contacts().treatmentSessions()));
        }
        rows.sort(MOST_URGENT_FIRST);
        return rows;
    }
}

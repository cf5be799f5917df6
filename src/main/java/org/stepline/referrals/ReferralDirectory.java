package org.stepline.referrals;

import java.util.List;
import java.util.Optional;

/** Read access to referrals for other modules. Callers restrict by team; nothing here checks access. */
public interface ReferralDirectory {

    Optional<ReferralSummary> find(long referralId);

    List<ReferralSummary> forPatient(long patientId);

    /** Open referrals assigned to a practitioner: their caseload. */
    List<ReferralSummary> openForPractitioner(long practitionerId);

    /** Every open referral of a team, whoever holds it (or nobody): its clinicians' caseloads in one read. */
    List<ReferralSummary> openInTeam(long teamId);

    /** Referrals of a team awaiting assessment or treatment, longest waiting first. */
    List<ReferralSummary> waitingInTeam(long teamId);

    /** Open referrals counted by team and stage, for the service overview. */
    List<StageCount> openCountsByTeamAndStage(java.time.LocalDate today);

    /** Outlines of the given referrals, in id order; unknown ids are left out. */
    List<ReferralOutline> outlines(java.util.Collection<Long> referralIds);

    /**
     * One page of outlines in id order, starting after {@code afterId}: for reading every referral in bounded
     * pages. {@code dataSource} null reads every source.
     */
    List<ReferralOutline> outlinesAfter(long afterId, int limit, @org.jspecify.annotations.Nullable String dataSource);
}

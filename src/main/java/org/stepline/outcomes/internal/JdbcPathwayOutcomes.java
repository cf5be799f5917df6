package org.stepline.outcomes.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.outcomes.PathwayOutcomes;
import org.stepline.outcomes.PathwayResult;

/** Reads one pathway_outcome row: the outcome exactly as the report pages count it. */
@Repository
class JdbcPathwayOutcomes implements PathwayOutcomes {

    private final JdbcClient jdbc;
    private final MeasureScales scales;

    JdbcPathwayOutcomes(JdbcClient jdbc, MeasureScales scales) {
        this.jdbc = jdbc;
        this.scales = scales;
    }

    @Override
    public Optional<PathwayResult> of(long referralId) {
        return jdbc.sql("""
                select referral_id, completed_treatment, treatment_contacts, caseness_at_start, not_caseness, recovery,
                       reliable_improvement, reliable_deterioration, reliable_recovery, treatment_mode, anxiety_measure
                from pathway_outcome where referral_id = ?""")
                .param(referralId)
                .query((rs, n) -> new PathwayResult(
                        rs.getLong("referral_id"),
                        rs.getBoolean("completed_treatment"),
                        rs.getInt("treatment_contacts"),
                        rs.getBoolean("caseness_at_start"),
                        rs.getBoolean("not_caseness"),
                        rs.getBoolean("recovery"),
                        rs.getBoolean("reliable_improvement"),
                        rs.getBoolean("reliable_deterioration"),
                        rs.getBoolean("reliable_recovery"),
                        rs.getString("treatment_mode"),
                        rs.getString("anxiety_measure"),
                        nameOf(rs.getString("anxiety_measure"))))
                .optional();
    }

    private String nameOf(String measureId) {
        return scales.of(measureId, null).map(MeasureScale::name).orElse(measureId);
    }
}

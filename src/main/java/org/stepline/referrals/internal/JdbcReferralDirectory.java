package org.stepline.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralOutline;
import org.stepline.referrals.ReferralSummary;
import org.stepline.referrals.StageCount;
import org.stepline.shared.codes.ReferralStage;

@Service
class JdbcReferralDirectory implements ReferralDirectory {

    static final String SELECT = """
            select id, pathway_id, patient_id, team_id, practitioner_id, source_code, received_date,
                   presenting_problem, step, stage, stage_entered_on, discharge_date, end_code
            from referral""";

    private final JdbcClient jdbc;

    JdbcReferralDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReferralSummary> find(long referralId) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(referralId)
                .query(JdbcReferralDirectory::map)
                .optional();
    }

    @Override
    public List<ReferralSummary> forPatient(long patientId) {
        return jdbc.sql(SELECT + " where patient_id = ? order by received_date desc, id desc")
                .param(patientId)
                .query(JdbcReferralDirectory::map)
                .list();
    }

    @Override
    public List<ReferralSummary> openForPractitioner(long practitionerId) {
        return jdbc.sql(SELECT + " where practitioner_id = ? and stage <> 'DISCHARGED' order by stage_entered_on, id")
                .param(practitionerId)
                .query(JdbcReferralDirectory::map)
                .list();
    }

    @Override
    public List<ReferralSummary> openInTeam(long teamId) {
        return jdbc.sql(SELECT + " where team_id = ? and stage <> 'DISCHARGED' order by stage_entered_on, id")
                .param(teamId)
                .query(JdbcReferralDirectory::map)
                .list();
    }

    @Override
    public List<ReferralSummary> waitingInTeam(long teamId) {
        return jdbc.sql(SELECT + " where team_id = ? and stage in ('AWAITING_ASSESSMENT', 'AWAITING_TREATMENT')"
                        + " order by received_date, id")
                .param(teamId)
                .query(JdbcReferralDirectory::map)
                .list();
    }

    @Override
    public List<StageCount> openCountsByTeamAndStage(LocalDate today) {
        return jdbc.sql("""
                select team_id, stage, count(*) as referrals,
                       count(*) filter (where received_date < ?::date - 42) as over6,
                       count(*) filter (where received_date < ?::date - 126) as over18
                from referral where stage <> 'DISCHARGED' group by team_id, stage order by team_id, stage""")
                .params(today, today)
                .query((rs, n) -> new StageCount(
                        rs.getLong("team_id"),
                        ReferralStage.valueOf(rs.getString("stage")),
                        rs.getLong("referrals"),
                        rs.getLong("over6"),
                        rs.getLong("over18")))
                .list();
    }

    private static final String OUTLINE = """
            select id, pathway_id, team_id, practitioner_id, step, received_date, discharge_date, end_code,
                   presenting_problem, data_source
            from referral""";

    @Override
    public List<ReferralOutline> outlines(Collection<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OUTLINE + " where id = any(?) order by id")
                .param(referralIds.toArray(Long[]::new))
                .query(JdbcReferralDirectory::outline)
                .list();
    }

    @Override
    public List<ReferralOutline> outlinesAfter(long afterId, int limit, @Nullable String dataSource) {
        return jdbc.sql(OUTLINE + " where id > ? and (?::text is null or data_source = ?) order by id limit ?")
                .params(afterId, dataSource, dataSource, limit)
                .query(JdbcReferralDirectory::outline)
                .list();
    }

    private static ReferralOutline outline(ResultSet rs, int row) throws SQLException {
        return new ReferralOutline(
                rs.getLong("id"),
                rs.getString("pathway_id"),
                rs.getLong("team_id"),
                rs.getObject("practitioner_id", Long.class),
                rs.getInt("step"),
                rs.getObject("received_date", LocalDate.class),
                rs.getObject("discharge_date", LocalDate.class),
                rs.getString("end_code"),
                rs.getString("presenting_problem"),
                rs.getString("data_source"));
    }

    static ReferralSummary map(ResultSet rs, int row) throws SQLException {
        return new ReferralSummary(
                rs.getLong("id"),
                rs.getString("pathway_id"),
                rs.getLong("patient_id"),
                rs.getLong("team_id"),
                rs.getObject("practitioner_id", Long.class),
                rs.getString("source_code"),
                rs.getObject("received_date", LocalDate.class),
                rs.getString("presenting_problem"),
                rs.getInt("step"),
                ReferralStage.valueOf(rs.getString("stage")),
                rs.getObject("stage_entered_on", LocalDate.class),
                rs.getObject("discharge_date", LocalDate.class),
                rs.getString("end_code"));
    }
}

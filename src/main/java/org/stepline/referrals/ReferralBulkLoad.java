package org.stepline.referrals;

import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.IdBlocks;
import org.stepline.shared.sql.LoadingTables;

/**
 * The referrals module's bulk-load port: referrals, their stage changes and presenting complaints put in the record
 * many at once by an import or the demo service, in the caller's transaction. Ids are reserved first, so that the
 * caller's other rows can refer to the referrals before they are written.
 */
@Component
public class ReferralBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    ReferralBulkLoad(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The first of {@code count} consecutive referral ids reserved for the caller (0 when count is 0). */
    public long reserveIds(long count) {
        return new IdBlocks(dataSource).reserve("referral", count);
    }

    /** Referrals with the chosen columns filled (the others keep their defaults). */
    public ReferralRows referrals(Set<ReferralRows.Column> columns) {
        return new ReferralRows(BulkRows.inTransaction(dataSource), columns);
    }

    public StageChangeRows stageChanges() {
        return new StageChangeRows(BulkRows.inTransaction(dataSource));
    }

    public ComplaintRows complaints() {
        return new ComplaintRows(BulkRows.inTransaction(dataSource));
    }

    /** Refreshes the planner's statistics once the rows are in. */
    public void analyze() {
        LoadingTables.analyze(jdbc, "referral", "referral_stage_change", "presenting_complaint");
    }

    static <C extends Enum<C>> Set<C> all(Class<C> columns) {
        return EnumSet.allOf(columns);
    }
}

package org.stepline.measures;

import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.IdBlocks;
import org.stepline.shared.sql.LoadingTables;

/**
 * The measures module's bulk-load port: completed measures, their answers and risk alerts put in the record many at
 * once by an import or the demo service, in the caller's transaction. Administration ids are reserved first, so that
 * answers and alerts can refer to them before they are written.
 * <p>
 * An import's scores go to a table of the load's own that inherits from {@code measure_administration}
 * ({@link LoadingTables}), for the reason and at the cost given in {@link org.stepline.scheduling.AppointmentBulkLoad}:
 * nothing can refer to a row there (no answer, alert or questionnaire request), and no imported score needs that.
 */
@Component
public class MeasureBulkLoad {

    private static final String LIVE = "measure_administration";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LoadingTables tables;

    MeasureBulkLoad(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tables = new LoadingTables(jdbc);
    }

    /** The first of {@code count} consecutive administration ids reserved for the caller (0 when count is 0). */
    public long reserveIds(long count) {
        return new IdBlocks(dataSource).reserve(LIVE, count);
    }

    /** Completed measures into the live table, with the chosen columns filled (the others keep their defaults). */
    public AdministrationRows administrations(Set<AdministrationRows.Column> columns) {
        return new AdministrationRows(BulkRows.inTransaction(dataSource), LIVE, columns);
    }

    /**
     * An import's scores into a table of the load's own, told apart by the first id reserved for them; once they are
     * in, {@link #readyPastScores} indexes it.
     */
    public AdministrationRows pastScores(long firstId, Set<AdministrationRows.Column> columns) {
        if (firstId == 0) { // nothing reserved, so no rows to come
            return new AdministrationRows(BulkRows.inTransaction(dataSource), LIVE, columns);
        }
        String table = pastScoresTable(firstId);
        tables.create(LIVE, table);
        return new AdministrationRows(BulkRows.inTransaction(dataSource), table, columns);
    }

    /** Builds the live table's indexes on the past scores' table (the id as a BRIN index: ids are given in order). */
    public void readyPastScores(long firstId) {
        if (firstId == 0) {
            return;
        }
        String table = pastScoresTable(firstId);
        tables.index(LIVE, table, "id", Set.of());
        LoadingTables.analyze(jdbc, table);
    }

    public AnswerRows answers() {
        return new AnswerRows(BulkRows.inTransaction(dataSource));
    }

    public RiskAlertRows riskAlerts() {
        return new RiskAlertRows(BulkRows.inTransaction(dataSource));
    }

    /** Refreshes the planner's statistics once the rows are in. */
    public void analyze() {
        LoadingTables.analyze(jdbc, LIVE, "measure_answer", "risk_alert");
    }

    private static String pastScoresTable(long firstId) {
        return LIVE + "_import_" + firstId;
    }
}

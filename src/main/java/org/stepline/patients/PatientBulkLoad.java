package org.stepline.patients;

import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.IdBlocks;
import org.stepline.shared.sql.LoadingTables;

/**
 * The patients module's bulk-load port: how an import or the demo service puts many patients in the record at once,
 * in the caller's transaction, without going through the patient pages one by one. Ids are reserved first, so that
 * the caller's other rows can refer to the patients before they are written.
 */
@Component
public class PatientBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    PatientBulkLoad(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The first of {@code count} consecutive patient ids reserved for the caller (0 when count is 0). */
    public long reserveIds(long count) {
        return new IdBlocks(dataSource).reserve("patient", count);
    }

    /** Patients with the chosen columns filled (the others keep their defaults). */
    public PatientRows patients(Set<PatientRows.Column> columns) {
        return new PatientRows(BulkRows.inTransaction(dataSource), columns);
    }

    /** Refreshes the planner's statistics once the rows are in. */
    public void analyze() {
        LoadingTables.analyze(jdbc, "patient");
    }
}

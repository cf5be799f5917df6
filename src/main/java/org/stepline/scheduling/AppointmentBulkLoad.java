package org.stepline.scheduling;

import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.IdBlocks;
import org.stepline.shared.sql.LoadingTables;

/**
 * The scheduling module's bulk-load port: appointments, call attempts and diary slots put in the record many at once
 * by an import or the demo service, in the caller's transaction. Appointment ids are reserved first, so that the
 * caller's other rows can refer to them before they are written.
 * <p>
 * An import's past care contacts go to a table of the load's own that inherits from {@code appointment}
 * ({@link LoadingTables}), so that every page, report and export sees them as before while the live table's
 * indexes are not updated row by row (that was half of a national import's time). What it costs: nothing can be
 * made to refer to a row there (a call attempt, a questionnaire request or a score recorded against one is refused
 * by the foreign key). So only past contacts go there: nothing in Stepline records against them. Those still to come
 * are booked in the live table ({@link ImportedBookings}). Ids come from blocks reserved in the live table's
 * sequence, so they are unique across the live table and its heirs.
 */
@Component
public class AppointmentBulkLoad {

    private static final String LIVE = "appointment";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LoadingTables tables;

    AppointmentBulkLoad(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tables = new LoadingTables(jdbc);
    }

    /** The first of {@code count} consecutive appointment ids reserved for the caller (0 when count is 0). */
    public long reserveIds(long count) {
        return new IdBlocks(dataSource).reserve(LIVE, count);
    }

    /** Appointments into the live table, with the chosen columns filled (the others keep their defaults). */
    public AppointmentRows appointments(Set<AppointmentRows.Column> columns) {
        return new AppointmentRows(BulkRows.inTransaction(dataSource), LIVE, columns);
    }

    /**
     * Past care contacts into a table of the load's own, told apart by the first id reserved for them; once they are
     * in, {@link #readyPastContacts} indexes it.
     */
    public AppointmentRows pastContacts(long firstId, Set<AppointmentRows.Column> columns) {
        if (firstId == 0) { // nothing reserved, so no rows to come
            return new AppointmentRows(BulkRows.inTransaction(dataSource), LIVE, columns);
        }
        String table = pastContactsTable(firstId);
        tables.create(LIVE, table);
        return new AppointmentRows(BulkRows.inTransaction(dataSource), table, columns);
    }

    /**
     * Builds the live table's indexes on the past contacts' table, the id as a BRIN index (ids are given in order).
     * The constraint against double booking is left out: its index holds only rows without a CareContactId, which
     * no imported row is.
     */
    public void readyPastContacts(long firstId) {
        if (firstId == 0) {
            return;
        }
        String table = pastContactsTable(firstId);
        tables.index(LIVE, table, "id", Set.of("practitioner_time_not_double_booked"));
        LoadingTables.analyze(jdbc, table);
    }

    public CallAttemptRows callAttempts() {
        return new CallAttemptRows(BulkRows.inTransaction(dataSource));
    }

    public AvailabilityRows availability() {
        return new AvailabilityRows(BulkRows.inTransaction(dataSource));
    }

    /** Refreshes the planner's statistics once the rows are in. */
    public void analyze() {
        LoadingTables.analyze(jdbc, LIVE, "call_attempt", "availability_slot");
    }

    private static String pastContactsTable(long firstId) {
        return LIVE + "_import_" + firstId;
    }
}

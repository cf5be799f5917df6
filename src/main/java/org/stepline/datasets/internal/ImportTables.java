package org.stepline.datasets.internal;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.shared.sql.LoadingTables;

/**
 * Where an import's care contacts and assessments go: tables of the import's own that inherit from
 * {@code appointment} and {@code measure_administration} ({@link LoadingTables}), so that their rows are seen by
 * every page, report and export exactly as before, while the live tables' five and three indexes are not updated
 * row by row (that was half of a national import's time).
 * <p>
 * Why that is safe here (see docs/decisions.md): the imported rows' references are sound by construction, and the
 * existing rows they refer to are locked until the commit ({@link ForeignKeyChecks}); ids come from blocks reserved
 * in the live tables' sequences ({@link IdBlocks}), so they are unique across the live table and its heirs. What
 * it costs: a row elsewhere cannot be made to refer to a contact or score in these tables (a call attempt, a
 * questionnaire request, a score or an answer recorded against one is refused by the foreign key). So only past
 * contacts come here; those still to come are booked in the live table by scheduling
 * ({@link org.stepline.scheduling.ImportedBookings}), and nothing in Stepline records against a past one.
 */
final class ImportTables {

    static final String CONTACTS = "appointment";
    static final String ASSESSMENTS = "measure_administration";

    private final LoadingTables tables;

    ImportTables(JdbcClient jdbc) {
        this.tables = new LoadingTables(jdbc);
    }

    /** The import's own table for {@code live}, told apart by its first reserved id; the live table when no rows. */
    static String of(String live, long firstId) {
        return firstId == 0 ? live : live + "_import_" + firstId;
    }

    void create(String live, String table) {
        if (!table.equals(live)) {
            tables.create(live, table);
        }
    }

    /**
     * Ids are given in file order, so the id is a BRIN index ({@link LoadingTables#index}). The constraint against
     * double booking is left out: its index holds only rows without a CareContactId, which no imported row is.
     */
    void index(String live, String table) {
        if (!table.equals(live)) {
            tables.index(live, table, "id", Set.of("practitioner_time_not_double_booked"));
        }
    }
}

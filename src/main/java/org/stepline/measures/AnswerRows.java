package org.stepline.measures;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of {@code measure_answer} (a completed measure's answers, item by item), loaded through {@link MeasureBulkLoad}. */
public final class AnswerRows extends BulkRows<AnswerRows.Column> {

    enum Column {
        ADMINISTRATION_ID,
        ITEM_NUMBER,
        VALUE
    }

    private final BulkValue administration = BulkValue.int8();
    private final BulkValue item = BulkValue.int4();
    private final BulkValue value = BulkValue.int4();

    AnswerRows(CopyManager copy) {
        super(copy, "measure_answer", Column.class, java.util.EnumSet.allOf(Column.class));
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case ADMINISTRATION_ID -> administration;
            case ITEM_NUMBER -> item;
            case VALUE -> value;
        };
    }

    /** Item {@code number} (from 1) of the administration, answered {@code answer} (null: not applicable). */
    public void add(long administrationId, int number, @Nullable Integer answer) throws SQLException {
        administration.set(administrationId);
        item.set(number);
        value.set(answer);
        add();
    }
}

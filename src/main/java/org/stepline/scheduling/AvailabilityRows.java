package org.stepline.scheduling;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of {@code availability_slot} (a practitioner's weekly slots, any mode), loaded through {@link AppointmentBulkLoad}. */
public final class AvailabilityRows extends BulkRows<AvailabilityRows.Column> {

    enum Column {
        PRACTITIONER_ID,
        WEEKDAY,
        STARTS_AT,
        LENGTH_MINUTES,
        VALID_FROM
    }

    private final BulkValue practitioner = BulkValue.int8();
    private final BulkValue weekday = BulkValue.int2();
    private final BulkValue startsAt = BulkValue.time();
    private final BulkValue minutes = BulkValue.int4();
    private final BulkValue validFrom = BulkValue.date();

    AvailabilityRows(CopyManager copy) {
        super(copy, "availability_slot", Column.class, java.util.EnumSet.allOf(Column.class));
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case PRACTITIONER_ID -> practitioner;
            case WEEKDAY -> weekday;
            case STARTS_AT -> startsAt;
            case LENGTH_MINUTES -> minutes;
            case VALID_FROM -> validFrom;
        };
    }

    /** A weekly slot of {@code length} minutes at {@code start} (UK wall-clock time), held from {@code since} on. */
    public void add(long practitionerId, DayOfWeek day, LocalTime start, int length, LocalDate since)
            throws SQLException {
        practitioner.set(practitionerId);
        weekday.set(day.getValue());
        startsAt.set(start);
        minutes.set(length);
        validFrom.set(since);
        add();
    }
}

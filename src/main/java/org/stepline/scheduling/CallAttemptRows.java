package org.stepline.scheduling;

import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of {@code call_attempt} (each try to reach a patient by telephone), loaded through {@link AppointmentBulkLoad}. */
public final class CallAttemptRows extends BulkRows<CallAttemptRows.Column> {

    enum Column {
        APPOINTMENT_ID,
        ATTEMPTED_AT,
        OUTCOME
    }

    private final BulkValue appointment = BulkValue.int8();
    private final BulkValue attemptedAt = BulkValue.timestamptz();
    private final BulkValue outcome = BulkValue.text();

    CallAttemptRows(CopyManager copy) {
        super(copy, "call_attempt", Column.class, java.util.EnumSet.allOf(Column.class));
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case APPOINTMENT_ID -> appointment;
            case ATTEMPTED_AT -> attemptedAt;
            case OUTCOME -> outcome;
        };
    }

    /** A call for the appointment at {@code at}: ANSWERED, NO_ANSWER, VOICEMAIL_LEFT or WRONG_NUMBER. */
    public void add(long appointmentId, Instant at, String outcome) throws SQLException {
        appointment.set(appointmentId);
        attemptedAt.set(at);
        this.outcome.set(outcome);
        add();
    }
}

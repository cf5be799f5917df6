package org.stepline.measures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of {@code risk_alert}, loaded through {@link MeasureBulkLoad}: set a row's values, then add it. */
public final class RiskAlertRows extends BulkRows<RiskAlertRows.Column> {

    enum Column {
        PATIENT_ID,
        REFERRAL_ID,
        TEAM_ID,
        ADMINISTRATION_ID,
        REASON,
        RAISED_AT,
        ACKNOWLEDGED_AT,
        ACKNOWLEDGED_BY,
        ACKNOWLEDGEMENT
    }

    private final BulkValue patient = BulkValue.int8();
    private final BulkValue referral = BulkValue.int8();
    private final BulkValue team = BulkValue.int8();
    private final BulkValue administration = BulkValue.int8();
    private final BulkValue reason = BulkValue.text();
    private final BulkValue raisedAt = BulkValue.timestamptz();
    private final BulkValue acknowledgedAt = BulkValue.timestamptz();
    private final BulkValue acknowledgedBy = BulkValue.int8();
    private final BulkValue acknowledgement = BulkValue.text();

    RiskAlertRows(CopyManager copy) {
        super(copy, "risk_alert", Column.class, java.util.EnumSet.allOf(Column.class));
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case PATIENT_ID -> patient;
            case REFERRAL_ID -> referral;
            case TEAM_ID -> team;
            case ADMINISTRATION_ID -> administration;
            case REASON -> reason;
            case RAISED_AT -> raisedAt;
            case ACKNOWLEDGED_AT -> acknowledgedAt;
            case ACKNOWLEDGED_BY -> acknowledgedBy;
            case ACKNOWLEDGEMENT -> acknowledgement;
        };
    }

    /** An alert raised by the answers of {@code administrationId}, for the reason given. */
    public RiskAlertRows raised(
            long administrationId, long patientId, long referralId, long teamId, String why, Instant at) {
        administration.set(administrationId);
        patient.set(patientId);
        referral.set(referralId);
        team.set(teamId);
        reason.set(why);
        raisedAt.set(at);
        return this;
    }

    /** Acknowledged with a note (all three null while open). */
    public RiskAlertRows acknowledged(@Nullable Instant at, @Nullable Long by, @Nullable String note) {
        acknowledgedAt.set(at);
        acknowledgedBy.set(by);
        acknowledgement.set(note);
        return this;
    }
}

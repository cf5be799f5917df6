package org.stepline.referrals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of {@code referral_stage_change} (a referral's history of stages), loaded through {@link ReferralBulkLoad}. */
public final class StageChangeRows extends BulkRows<StageChangeRows.Column> {

    enum Column {
        REFERRAL_ID,
        STAGE,
        ENTERED_ON,
        CHANGED_AT,
        CHANGED_BY
    }

    private final BulkValue referral = BulkValue.int8();
    private final BulkValue stage = BulkValue.text();
    private final BulkValue enteredOn = BulkValue.date();
    private final BulkValue changedAt = BulkValue.timestamptz();
    private final BulkValue changedBy = BulkValue.int8();

    StageChangeRows(CopyManager copy) {
        super(copy, "referral_stage_change", Column.class, ReferralBulkLoad.all(Column.class));
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case REFERRAL_ID -> referral;
            case STAGE -> stage;
            case ENTERED_ON -> enteredOn;
            case CHANGED_AT -> changedAt;
            case CHANGED_BY -> changedBy;
        };
    }

    /** The referral entered {@code stage} on {@code day}, recorded at {@code at} by {@code by} (null: nobody). */
    public void add(long referralId, ReferralStage stage, LocalDate day, Instant at, @Nullable Long by)
            throws SQLException {
        referral.set(referralId);
        this.stage.set(stage.name());
        enteredOn.set(day);
        changedAt.set(at);
        changedBy.set(by);
        add();
    }
}

package org.stepline.referrals;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/**
 * Rows of {@code presenting_complaint} (a pathway's presenting complaints as an extract gave them, in order), loaded
 * through {@link ReferralBulkLoad}: set a row's values, then add it.
 */
public final class ComplaintRows extends BulkRows<ComplaintRows.Column> {

    enum Column {
        REFERRAL_ID,
        POSITION,
        CODE,
        SIGNIFICANCE,
        COMPLAINT_DATE
    }

    private final BulkValue referral = BulkValue.int8();
    private final BulkValue position = BulkValue.int4();
    private final BulkValue code = BulkValue.text();
    private final BulkValue significance = BulkValue.text();
    private final BulkValue date = BulkValue.date();

    ComplaintRows(CopyManager copy) {
        super(copy, "presenting_complaint", Column.class, ReferralBulkLoad.all(Column.class));
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case REFERRAL_ID -> referral;
            case POSITION -> position;
            case CODE -> code;
            case SIGNIFICANCE -> significance;
            case COMPLAINT_DATE -> date;
        };
    }

    /** The complaint at {@code position} (from 0) of a referral, in canonical form (ICD-10 with the dot, or SNOMED). */
    public ComplaintRows complaint(long referralId, int position, String code) {
        referral.set(referralId);
        this.position.set(position);
        this.code.set(code);
        return this;
    }

    /** {@code 01} primary, {@code 02} secondary; null when not given. */
    public ComplaintRows significance(@Nullable String value) {
        significance.set(value);
        return this;
    }

    /** The day recorded, as days since 1970-01-01. */
    public ComplaintRows date(long epochDay) {
        date.set(epochDay);
        return this;
    }
}

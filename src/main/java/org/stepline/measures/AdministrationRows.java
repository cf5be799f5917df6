package org.stepline.measures;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/**
 * Rows of {@code measure_administration} (one completed measure each), loaded through {@link MeasureBulkLoad}: set a
 * row's values, then add it.
 */
public final class AdministrationRows extends BulkRows<AdministrationRows.Column> {

    /** The columns a load may fill, named as in the table. */
    public enum Column {
        ID,
        PATIENT_ID,
        REFERRAL_ID,
        APPOINTMENT_ID,
        INSTRUMENT,
        SNOMED_CODE,
        COMPLETED_AT,
        ROUTE,
        TOTAL_SCORE,
        SEVERITY,
        CASENESS,
        ENTERED_BY,
        CREATED_AT,
        TIME_GIVEN,
        ANSWER_CODE
    }

    private final BulkValue id = BulkValue.int8();
    private final BulkValue patient = BulkValue.int8();
    private final BulkValue referral = BulkValue.int8();
    private final BulkValue appointment = BulkValue.int8();
    private final BulkValue instrument = BulkValue.text();
    private final BulkValue snomed = BulkValue.text();
    private final BulkValue completedAt = BulkValue.timestamptz();
    private final BulkValue route = BulkValue.text();
    private final BulkValue total = BulkValue.int4();
    private final BulkValue severity = BulkValue.text();
    private final BulkValue caseness = BulkValue.bool();
    private final BulkValue enteredBy = BulkValue.int8();
    private final BulkValue createdAt = BulkValue.timestamptz();
    private final BulkValue timeGiven = BulkValue.bool();
    private final BulkValue answerCode = BulkValue.text();

    AdministrationRows(CopyManager copy, String table, Set<Column> columns) {
        super(copy, table, Column.class, columns);
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case ID -> id;
            case PATIENT_ID -> patient;
            case REFERRAL_ID -> referral;
            case APPOINTMENT_ID -> appointment;
            case INSTRUMENT -> instrument;
            case SNOMED_CODE -> snomed;
            case COMPLETED_AT -> completedAt;
            case ROUTE -> route;
            case TOTAL_SCORE -> total;
            case SEVERITY -> severity;
            case CASENESS -> caseness;
            case ENTERED_BY -> enteredBy;
            case CREATED_AT -> createdAt;
            case TIME_GIVEN -> timeGiven;
            case ANSWER_CODE -> answerCode;
        };
    }

    /** The measure's id and whose it is. */
    public AdministrationRows ids(long administration, long patient, long referral) {
        id.set(administration);
        this.patient.set(patient);
        this.referral.set(referral);
        return this;
    }

    /** The contact it was taken at (none when not set). */
    public AdministrationRows appointment(long id) {
        appointment.set(id);
        return this;
    }

    /** The instrument's id in Stepline (PHQ9…), or what an extract called a measure Stepline does not know. */
    public AdministrationRows instrument(String value) {
        instrument.set(value);
        return this;
    }

    /** As {@link #instrument(String)}, as it lies in an extract's bytes (UTF-8). */
    public AdministrationRows instrument(byte[] utf8, int offset, int length) {
        instrument.set(utf8, offset, length);
        return this;
    }

    /** The SNOMED CT code of the total (CodedAssToolType), where known. */
    public AdministrationRows snomedCode(@Nullable String value) {
        snomed.set(value);
        return this;
    }

    /** As {@link #snomedCode(String)}, as it lies in an extract's bytes (UTF-8). */
    public AdministrationRows snomedCode(byte[] utf8, int offset, int length) {
        snomed.set(utf8, offset, length);
        return this;
    }

    public AdministrationRows completedAt(Instant value) {
        completedAt.set(value);
        return this;
    }

    /** When it was completed, in whole seconds since 1970-01-01T00:00Z. */
    public AdministrationRows completedAt(long epochSecond) {
        completedAt.setEpochSecond(epochSecond);
        return this;
    }

    public AdministrationRows route(MeasureRoute value) {
        route.set(value.name());
        return this;
    }

    /** The total, its severity band and whether it is at caseness (each null where it has none). */
    public AdministrationRows score(@Nullable Integer value, @Nullable String band, @Nullable Boolean atCaseness) {
        total.set(value);
        severity.set(band);
        caseness.set(atCaseness);
        return this;
    }

    /** The staff member who entered it in session; null for none. */
    public AdministrationRows enteredBy(@Nullable Long value) {
        enteredBy.set(value);
        return this;
    }

    public AdministrationRows createdAt(Instant value) {
        createdAt.set(value);
        return this;
    }

    /** False when the extract gave a date without a time. */
    public AdministrationRows timeGiven(boolean value) {
        timeGiven.set(value);
        return this;
    }

    /** A PEQ item's answer in its national form (Y, N, NA, 99), when an extract gave it so. */
    public AdministrationRows answerCode(@Nullable String value) {
        answerCode.set(value);
        return this;
    }
}

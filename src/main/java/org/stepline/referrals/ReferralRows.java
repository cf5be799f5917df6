package org.stepline.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of the {@code referral} table, loaded through {@link ReferralBulkLoad}: set a row's values, then add it. */
public final class ReferralRows extends BulkRows<ReferralRows.Column> {

    /** The columns a load may fill, named as in the table. */
    public enum Column {
        ID,
        PATHWAY_ID,
        PATIENT_ID,
        TEAM_ID,
        SOURCE_CODE,
        RECEIVED_DATE,
        PRESENTING_PROBLEM,
        STEP,
        PRACTITIONER_ID,
        STAGE,
        STAGE_ENTERED_ON,
        DISCHARGE_DATE,
        END_CODE,
        DATA_SOURCE,
        CREATED_AT
    }

    private final BulkValue id = BulkValue.int8();
    private final BulkValue pathway = BulkValue.text();
    private final BulkValue patient = BulkValue.int8();
    private final BulkValue team = BulkValue.int8();
    private final BulkValue source = BulkValue.text();
    private final BulkValue received = BulkValue.date();
    private final BulkValue problem = BulkValue.text();
    private final BulkValue step = BulkValue.int2();
    private final BulkValue practitioner = BulkValue.int8();
    private final BulkValue stage = BulkValue.text();
    private final BulkValue stageEnteredOn = BulkValue.date();
    private final BulkValue discharged = BulkValue.date();
    private final BulkValue endCode = BulkValue.text();
    private final BulkValue dataSource = BulkValue.text();
    private final BulkValue createdAt = BulkValue.timestamptz();

    ReferralRows(CopyManager copy, Set<Column> columns) {
        super(copy, "referral", Column.class, columns);
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case ID -> id;
            case PATHWAY_ID -> pathway;
            case PATIENT_ID -> patient;
            case TEAM_ID -> team;
            case SOURCE_CODE -> source;
            case RECEIVED_DATE -> received;
            case PRESENTING_PROBLEM -> problem;
            case STEP -> step;
            case PRACTITIONER_ID -> practitioner;
            case STAGE -> stage;
            case STAGE_ENTERED_ON -> stageEnteredOn;
            case DISCHARGE_DATE -> discharged;
            case END_CODE -> endCode;
            case DATA_SOURCE -> dataSource;
            case CREATED_AT -> createdAt;
        };
    }

    public ReferralRows id(long value) {
        id.set(value);
        return this;
    }

    public ReferralRows pathwayId(String value) {
        pathway.set(value);
        return this;
    }

    /** The PathwayID as it lies in an extract's bytes (UTF-8). */
    public ReferralRows pathwayId(byte[] utf8, int offset, int length) {
        pathway.set(utf8, offset, length);
        return this;
    }

    public ReferralRows patient(long value) {
        patient.set(value);
        return this;
    }

    public ReferralRows team(long value) {
        team.set(value);
        return this;
    }

    /** SourceOfReferralIAPT code. */
    public ReferralRows sourceCode(@Nullable String value) {
        source.set(value);
        return this;
    }

    public ReferralRows receivedDate(LocalDate value) {
        received.set(value);
        return this;
    }

    /** The day received, as days since 1970-01-01. */
    public ReferralRows receivedDate(long epochDay) {
        received.set(epochDay);
        return this;
    }

    public ReferralRows presentingProblem(@Nullable String code) {
        problem.set(code);
        return this;
    }

    public ReferralRows step(@Nullable Integer value) {
        step.set(value);
        return this;
    }

    /** The practitioner's staff id; null for none. */
    public ReferralRows practitioner(@Nullable Long value) {
        practitioner.set(value);
        return this;
    }

    public ReferralRows practitioner(long value) {
        practitioner.set(value);
        return this;
    }

    public ReferralRows stage(ReferralStage value, LocalDate enteredOn) {
        stage.set(value.name());
        stageEnteredOn.set(enteredOn);
        return this;
    }

    public ReferralRows dischargeDate(@Nullable LocalDate value) {
        discharged.set(value);
        return this;
    }

    /** The day discharged, as days since 1970-01-01. */
    public ReferralRows dischargeDate(long epochDay) {
        discharged.set(epochDay);
        return this;
    }

    public ReferralRows endCode(@Nullable String value) {
        endCode.set(value);
        return this;
    }

    /** Where the referral came from: an import's source; Stepline's own when not chosen. */
    public ReferralRows dataSource(String value) {
        dataSource.set(value);
        return this;
    }

    public ReferralRows createdAt(Instant value) {
        createdAt.set(value);
        return this;
    }
}

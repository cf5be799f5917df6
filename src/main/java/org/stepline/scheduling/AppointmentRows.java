package org.stepline.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.sql.BinaryRows;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of the {@code appointment} table, loaded through {@link AppointmentBulkLoad}: set a row's values, then add it. */
public final class AppointmentRows extends BulkRows<AppointmentRows.Column> {

    /** The columns a load may fill, named as in the table. */
    public enum Column {
        ID,
        REFERRAL_ID,
        PATIENT_ID,
        TEAM_ID,
        PRACTITIONER_ID,
        STARTS_AT,
        APP_TYPE,
        CONS_MECHANISM,
        BOOKED_MECHANISM,
        PLANNED_MINUTES,
        ATTENDANCE,
        DURATION_MINUTES,
        IDENTITY_CONFIRMED,
        PRIVATE_AND_SAFE,
        PATIENT_LOCATION,
        NOTES,
        RECORDED_AT,
        RECORDED_BY,
        CREATED_AT,
        MODES_OFFERED,
        PREFERRED_MECHANISM,
        CARE_CONTACT_ID,
        TIME_GIVEN,
        PLANNED
    }

    private final BulkValue id = BulkValue.int8();
    private final BulkValue referral = BulkValue.int8();
    private final BulkValue patient = BulkValue.int8();
    private final BulkValue team = BulkValue.int8();
    private final BulkValue practitioner = BulkValue.int8();
    private final BulkValue startsAt = BulkValue.timestamptz();
    private final BulkValue appType = BulkValue.text();
    private final BulkValue mode = BulkValue.text();
    private final BulkValue bookedMode = BulkValue.text();
    private final BulkValue plannedMinutes = BulkValue.int4();
    private final BulkValue attendance = BulkValue.text();
    private final BulkValue duration = BulkValue.int4();
    private final BulkValue identityConfirmed = BulkValue.bool();
    private final BulkValue privateAndSafe = BulkValue.bool();
    private final BulkValue location = BulkValue.text();
    private final BulkValue notes = BulkValue.text();
    private final BulkValue recordedAt = BulkValue.timestamptz();
    private final BulkValue recordedBy = BulkValue.int8();
    private final BulkValue createdAt = BulkValue.timestamptz();
    private final BulkValue modesOffered = BulkValue.array(BinaryRows.BPCHAR);
    private final BulkValue preferredMode = BulkValue.text();
    private final BulkValue careContactId = BulkValue.text();
    private final BulkValue timeGiven = BulkValue.bool();
    private final BulkValue planned = BulkValue.bool();

    AppointmentRows(CopyManager copy, String table, Set<Column> columns) {
        super(copy, table, Column.class, columns);
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case ID -> id;
            case REFERRAL_ID -> referral;
            case PATIENT_ID -> patient;
            case TEAM_ID -> team;
            case PRACTITIONER_ID -> practitioner;
            case STARTS_AT -> startsAt;
            case APP_TYPE -> appType;
            case CONS_MECHANISM -> mode;
            case BOOKED_MECHANISM -> bookedMode;
            case PLANNED_MINUTES -> plannedMinutes;
            case ATTENDANCE -> attendance;
            case DURATION_MINUTES -> duration;
            case IDENTITY_CONFIRMED -> identityConfirmed;
            case PRIVATE_AND_SAFE -> privateAndSafe;
            case PATIENT_LOCATION -> location;
            case NOTES -> notes;
            case RECORDED_AT -> recordedAt;
            case RECORDED_BY -> recordedBy;
            case CREATED_AT -> createdAt;
            case MODES_OFFERED -> modesOffered;
            case PREFERRED_MECHANISM -> preferredMode;
            case CARE_CONTACT_ID -> careContactId;
            case TIME_GIVEN -> timeGiven;
            case PLANNED -> planned;
        };
    }

    /** Whose appointment, with whom: the ids of the appointment, referral, patient, team and practitioner. */
    public AppointmentRows ids(long appointment, long referral, long patient, long team, long practitioner) {
        id.set(appointment);
        this.referral.set(referral);
        this.patient.set(patient);
        this.team.set(team);
        this.practitioner.set(practitioner);
        return this;
    }

    public AppointmentRows startsAt(Instant value) {
        startsAt.set(value);
        return this;
    }

    /** When it starts, in whole seconds since 1970-01-01T00:00Z. */
    public AppointmentRows startsAt(long epochSecond) {
        startsAt.setEpochSecond(epochSecond);
        return this;
    }

    /** What it is, in which mode it was delivered (or is to be), and whether the patient came. */
    public AppointmentRows contact(AppointmentType type, ConsultationMechanism delivered, Attendance attended) {
        appType.set(type.code());
        mode.set(delivered.code());
        attendance.set(attended.code());
        return this;
    }

    /** The mode chosen at booking, and its planned length. */
    public AppointmentRows booked(ConsultationMechanism mode, @Nullable Integer minutes) {
        bookedMode.set(mode.code());
        plannedMinutes.set(minutes);
        return this;
    }

    public AppointmentRows durationMinutes(@Nullable Integer value) {
        duration.set(value);
        return this;
    }

    public AppointmentRows durationMinutes(int value) {
        duration.set(value);
        return this;
    }

    /** The telephone checks: the patient's identity confirmed, and able to talk privately and safely. */
    public AppointmentRows checks(@Nullable Boolean identity, @Nullable Boolean privateSafe, @Nullable String where) {
        identityConfirmed.set(identity);
        privateAndSafe.set(privateSafe);
        location.set(where);
        return this;
    }

    public AppointmentRows notes(@Nullable String value) {
        notes.set(value);
        return this;
    }

    /** When its outcome was recorded, and by whom (both null while not yet recorded). */
    public AppointmentRows recorded(@Nullable Instant at, @Nullable Long by) {
        recordedAt.set(at);
        recordedBy.set(by);
        return this;
    }

    public AppointmentRows createdAt(Instant value) {
        createdAt.set(value);
        return this;
    }

    /** The modes offered at booking (ConsMechanism codes) and the one the patient preferred then. */
    public AppointmentRows choice(List<String> offered, @Nullable String preferred) {
        modesOffered.set(offered);
        preferredMode.set(preferred);
        return this;
    }

    /** The CareContactId an extract gave, as it lies in its bytes (UTF-8). */
    public AppointmentRows careContactId(byte[] utf8, int offset, int length) {
        careContactId.set(utf8, offset, length);
        return this;
    }

    /** False when the extract gave a date without a time. */
    public AppointmentRows timeGiven(boolean value) {
        timeGiven.set(value);
        return this;
    }

    /** Whether the contact was planned (null: not said). */
    public AppointmentRows planned(@Nullable Boolean value) {
        planned.set(value);
        return this;
    }
}

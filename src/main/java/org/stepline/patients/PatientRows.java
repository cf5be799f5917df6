package org.stepline.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.stepline.shared.sql.BulkRows;
import org.stepline.shared.sql.BulkValue;

/** Rows of the {@code patient} table, loaded through {@link PatientBulkLoad}: set a row's values, then add it. */
public final class PatientRows extends BulkRows<PatientRows.Column> {

    /** The columns a load may fill, named as in the table. */
    public enum Column {
        ID,
        TEAM_ID,
        LOCAL_PATIENT_ID,
        NHS_NUMBER,
        GIVEN_NAME,
        FAMILY_NAME,
        DATE_OF_BIRTH,
        GENDER_CODE,
        ETHNIC_CATEGORY,
        POSTCODE,
        GP_PRACTICE_CODE,
        GP_PRACTICE_NAME,
        EMAIL,
        MOBILE_PHONE,
        LANDLINE_PHONE,
        PREFERRED_PHONE,
        VOICEMAIL_ALLOWED,
        SAFE_CALL_TIMES,
        PREFERRED_MODE,
        MODE_CHOICE_OFFERED,
        DATA_SOURCE,
        CREATED_AT,
        UPDATED_AT
    }

    private final BulkValue id = BulkValue.int8();
    private final BulkValue team = BulkValue.int8();
    private final BulkValue localId = BulkValue.text();
    private final BulkValue nhsNumber = BulkValue.text();
    private final BulkValue givenName = BulkValue.text();
    private final BulkValue familyName = BulkValue.text();
    private final BulkValue dateOfBirth = BulkValue.date();
    private final BulkValue gender = BulkValue.text();
    private final BulkValue ethnicCategory = BulkValue.text();
    private final BulkValue postcode = BulkValue.text();
    private final BulkValue gpPracticeCode = BulkValue.text();
    private final BulkValue gpPracticeName = BulkValue.text();
    private final BulkValue email = BulkValue.text();
    private final BulkValue mobile = BulkValue.text();
    private final BulkValue landline = BulkValue.text();
    private final BulkValue preferredPhone = BulkValue.text();
    private final BulkValue voicemail = BulkValue.bool();
    private final BulkValue safeTimes = BulkValue.text();
    private final BulkValue preferredMode = BulkValue.text();
    private final BulkValue choiceOffered = BulkValue.bool();
    private final BulkValue dataSource = BulkValue.text();
    private final BulkValue createdAt = BulkValue.timestamptz();
    private final BulkValue updatedAt = BulkValue.timestamptz();

    PatientRows(CopyManager copy, Set<Column> columns) {
        super(copy, "patient", Column.class, columns);
    }

    @Override
    protected BulkValue value(Column column) {
        return switch (column) {
            case ID -> id;
            case TEAM_ID -> team;
            case LOCAL_PATIENT_ID -> localId;
            case NHS_NUMBER -> nhsNumber;
            case GIVEN_NAME -> givenName;
            case FAMILY_NAME -> familyName;
            case DATE_OF_BIRTH -> dateOfBirth;
            case GENDER_CODE -> gender;
            case ETHNIC_CATEGORY -> ethnicCategory;
            case POSTCODE -> postcode;
            case GP_PRACTICE_CODE -> gpPracticeCode;
            case GP_PRACTICE_NAME -> gpPracticeName;
            case EMAIL -> email;
            case MOBILE_PHONE -> mobile;
            case LANDLINE_PHONE -> landline;
            case PREFERRED_PHONE -> preferredPhone;
            case VOICEMAIL_ALLOWED -> voicemail;
            case SAFE_CALL_TIMES -> safeTimes;
            case PREFERRED_MODE -> preferredMode;
            case MODE_CHOICE_OFFERED -> choiceOffered;
            case DATA_SOURCE -> dataSource;
            case CREATED_AT -> createdAt;
            case UPDATED_AT -> updatedAt;
        };
    }

    public PatientRows id(long value) {
        id.set(value);
        return this;
    }

    public PatientRows team(long value) {
        team.set(value);
        return this;
    }

    public PatientRows localPatientId(@Nullable String value) {
        localId.set(value);
        return this;
    }

    public PatientRows nhsNumber(@Nullable String value) {
        nhsNumber.set(value);
        return this;
    }

    public PatientRows name(String given, String family) {
        givenName.set(given);
        familyName.set(family);
        return this;
    }

    public PatientRows dateOfBirth(@Nullable LocalDate value) {
        dateOfBirth.set(value);
        return this;
    }

    /** The date of birth as days since 1970-01-01. */
    public PatientRows dateOfBirth(long epochDay) {
        dateOfBirth.set(epochDay);
        return this;
    }

    /** NHS gender identity code and ethnic category code. */
    public PatientRows genderAndEthnicity(String genderCode, String ethnicCategory) {
        gender.set(genderCode);
        this.ethnicCategory.set(ethnicCategory);
        return this;
    }

    public PatientRows postcode(@Nullable String value) {
        postcode.set(value);
        return this;
    }

    public PatientRows gpPractice(@Nullable String code, @Nullable String name) {
        gpPracticeCode.set(code);
        gpPracticeName.set(name);
        return this;
    }

    public PatientRows email(@Nullable String value) {
        email.set(value);
        return this;
    }

    public PatientRows phones(@Nullable String mobile, @Nullable String landline, @Nullable String preferred) {
        this.mobile.set(mobile);
        this.landline.set(landline);
        preferredPhone.set(preferred);
        return this;
    }

    /** Null: not recorded (an imported patient), never a no. */
    public PatientRows voicemailAllowed(@Nullable Boolean value) {
        voicemail.set(value);
        return this;
    }

    public PatientRows safeCallTimes(@Nullable String value) {
        safeTimes.set(value);
        return this;
    }

    /** The ConsMechanism code of the mode the patient prefers. */
    public PatientRows preferredMode(@Nullable String code) {
        preferredMode.set(code);
        return this;
    }

    /** Null: not recorded (an imported patient), never a no. */
    public PatientRows modeChoiceOffered(@Nullable Boolean value) {
        choiceOffered.set(value);
        return this;
    }

    /** Where the patient came from: an import's source; Stepline's own when not chosen. */
    public PatientRows dataSource(String value) {
        dataSource.set(value);
        return this;
    }

    public PatientRows createdAndUpdatedAt(Instant created, Instant updated) {
        createdAt.set(created);
        updatedAt.set(updated);
        return this;
    }
}

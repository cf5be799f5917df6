package org.stepline.datasets.internal;

import java.util.List;
import org.stepline.datasets.internal.Header.Column;

/** The three files of an extract and their columns (docs/extract-format.md). */
final class ExtractFormat {

    static final String REFERRALS = "referrals.csv";
    static final String CONTACTS = "care_contacts.csv";
    static final String ASSESSMENTS = "coded_scored_assessments.csv";
    static final List<String> FILES = List.of(REFERRALS, CONTACTS, ASSESSMENTS);
    /** Optional: a pathway's presenting complaints (IDS603), several per pathway, ranked to choose the ADSM. */
    static final String COMPLAINTS = "presenting_complaints.csv";
    /** Optional: who the patients are and how to reach them (IDS001-like), for a caseload that moves to Stepline. */
    static final String PATIENTS = "patients.csv";

    static final int R_PATHWAY = 0;
    static final int R_PATIENT = 1;
    static final int R_RECEIVED = 2;
    static final int R_DISCHARGED = 3;
    static final int R_END_CODE = 4;
    static final int R_PROBLEM = 5;
    static final int R_PRACTITIONER = 6;
    static final List<Column> REFERRAL_COLUMNS = List.of(
            new Column("PathwayID", true),
            new Column("LocalPatientId", true),
            new Column("ReferralRequestReceivedDate", true),
            new Column("ServDischDate", false),
            new Column("EndCode", false),
            new Column("PresentingProblem", false),
            new Column("CareProfLocalId", false));

    static final int C_PATHWAY = 0;
    static final int C_CONTACT = 1;
    static final int C_DATE = 2;
    static final int C_TIME = 3;
    static final int C_APP_TYPE = 4;
    static final int C_ATTENDANCE = 5;
    static final int C_MODE = 6;
    static final int C_DURATION = 7;
    static final int C_PROFESSIONAL = 8;
    static final int C_PLANNED = 9;
    static final List<Column> CONTACT_COLUMNS = List.of(
            new Column("PathwayID", true),
            new Column("CareContactId", true),
            new Column("CareContDate", true),
            new Column("CareContTime", false),
            new Column("AppType", true),
            new Column("AttendOrDNACode", true),
            new Column("ConsMechanism", true, "ConsMediumUsed"),
            new Column("ClinContDurOfCareCont", false),
            new Column("CareProfLocalId", false),
            new Column("PlannedCareContIndicator", false));

    static final int A_PATHWAY = 0;
    static final int A_CONTACT = 1;
    static final int A_TOOL = 2;
    static final int A_SCORE = 3;
    static final int A_DATE = 4;
    static final int A_TIME = 5;
    static final List<Column> ASSESSMENT_COLUMNS = List.of(
            new Column("PathwayID", true),
            new Column("CareContactId", false),
            new Column("CodedAssToolType", true),
            new Column("PersScore", true),
            new Column("AssToolCompDate", true),
            new Column("AssToolCompTime", false));

    static final int PC_PATHWAY = 0;
    static final int PC_CODE = 1;
    static final int PC_SIGNIFICANCE = 2;
    static final int PC_DATE = 3;
    static final List<Column> COMPLAINT_COLUMNS = List.of(
            new Column("PathwayID", true),
            new Column("PresComp", true),
            new Column("PresCompCodSig", false),
            new Column("PresCompDate", false));

    static final int P_PATIENT = 0;
    static final int P_NHS_NUMBER = 1;
    static final int P_GIVEN_NAME = 2;
    static final int P_FAMILY_NAME = 3;
    static final int P_BIRTH_DATE = 4;
    static final int P_GENDER = 5;
    static final int P_ETHNICITY = 6;
    static final int P_POSTCODE = 7;
    static final int P_GP_PRACTICE = 8;
    static final int P_MOBILE = 9;
    static final int P_LANDLINE = 10;
    static final int P_EMAIL = 11;
    static final int P_VOICEMAIL = 12;
    static final int P_SAFE_TIMES = 13;
    static final int P_PREFERRED_MODE = 14;
    static final List<Column> PATIENT_COLUMNS = List.of(
            new Column("LocalPatientId", true),
            new Column("NHSNumber", false),
            new Column("GivenName", false),
            new Column("FamilyName", false),
            new Column("PersonBirthDate", false),
            new Column("GenderIdentity", false, "Gender"),
            new Column("EthnicCategory", false),
            new Column("Postcode", false),
            new Column("GPPracticeCode", false),
            new Column("MobilePhone", false),
            new Column("LandlinePhone", false),
            new Column("EmailAddress", false),
            new Column("VoicemailConsent", false),
            new Column("SafeTimesToCall", false),
            new Column("PreferredMode", false));

    /** The column names of a file, in the order Stepline writes them. */
    static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private ExtractFormat() {}
}

package org.stepline.datasets.internal;

import java.util.List;

import org.stepline.datasets.internal.Header.Column;

/** The three files of an extract and their columns (codes.md, "Interchange format"). */
final class ExtractFormat {

    static final String REFERRALS = "referrals.csv";
    static final String CONTACTS = "care_contacts.csv";
    static final String ASSESSMENTS = "coded_scored_assessments.csv";
    static final List<String> FILES = List.of(REFERRALS, CONTACTS, ASSESSMENTS);
    /** Optional: a pathway's presenting complaints (IDS603), several per pathway, ranked to choose the ADSM. */
    static final String COMPLAINTS = "presenting_complaints.csv";

    static final int R_PATHWAY = 0;
    static final int R_PATIENT = 1;
    static final int R_RECEIVED = 2;
    static final int R_DISCHARGED = 3;
    static final int R_END_CODE = 4;
    static final int R_PROBLEM = 5;
    static final List<Column> REFERRAL_COLUMNS = List.of(
            new Column("PathwayID", true),
            new Column("LocalPatientId", true),
            new Column("ReferralRequestReceivedDate", true),
            new Column("ServDischDate", false),
            new Column("EndCode", false),
            new Column("PresentingProblem", false));

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

    /** The column names of a file, in the order Stepline writes them. */
    static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private ExtractFormat() {
    }
}

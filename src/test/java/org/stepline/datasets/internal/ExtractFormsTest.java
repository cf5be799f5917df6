package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepline.datasets.internal.Extracts.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real extracts carry codes in several forms (padded or not, spaces around), the v2.0 name of the mode column, PEQ
 * answers in their national form, an unplanned-contact column and several presenting complaints per pathway: each
 * is read, and the summary counts what was normalised per column.
 */
class ExtractFormsTest {

    @TempDir
    Path dir;

    private static final String PEQ_YES_NO = "747861000000100";
    private static final String PEQ_END_Q1 = "747901000000107";

    private static KnownMeasures measures() {
        var known = phq9AndGad7();
        return new KnownMeasures(
                known.all(),
                List.of(new KnownMeasures.AnswerItem(PEQ_YES_NO, 1), new KnownMeasures.AnswerItem(PEQ_END_Q1, 4)));
    }

    private ExtractCheck check(List<String> referrals, List<String> contacts, List<String> assessments)
            throws IOException {
        var check = new ExtractCheck(write(dir, referrals, contacts, assessments), measures(), ProgressMeter.silent());
        check.run();
        return check;
    }

    /** One contact row's AppType, AttendOrDNACode and ConsMechanism as given; whether each had to be normalised. */
    @ParameterizedTest(name = "AppType ''{0}'', AttendOrDNACode ''{1}'', ConsMechanism ''{2}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "02     | 5      | 02     | false | false | false",
                "2      | 5      | 02     | true  | false | false",
                "\" 2\" | 05     | 2      | true  | true  | true",
                "\"2 \" | \" 5\" | \"02 \"| true  | true  | true",
                "10     | 6      | 11     | false | false | false", // employment support is accepted
                "03     | 06     | 1      | false | true  | true"
            })
    void everyCodedContactColumnTakesEveryNationalForm(
            String appType,
            String attendance,
            String mode,
            boolean appTypeNormalised,
            boolean attendanceNormalised,
            boolean modeNormalised)
            throws IOException {
        var check = check(
                List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,,,"),
                List.of(
                        CONTACTS_HEADER,
                        "P1,C1,2024-01-20,10:00," + appType + "," + attendance + "," + mode + ",45,CP1"),
                List.of(ASSESSMENTS_HEADER));
        assertThat(check.problems().lines()).isEmpty();
        var normalised = check.extract().normalisedCodes();
        assertThat(normalised.containsKey("care_contacts.csv AppType")).isEqualTo(appTypeNormalised);
        assertThat(normalised.containsKey("care_contacts.csv AttendOrDNACode")).isEqualTo(attendanceNormalised);
        assertThat(normalised.containsKey("care_contacts.csv ConsMechanism")).isEqualTo(modeNormalised);
    }

    @Test
    void theSummaryCountsNormalisedValuesPerColumn() throws IOException {
        var check = check(
                List.of(
                        REFERRALS_HEADER,
                        "P1,L1,2024-01-10,2024-04-01, 46,F400",
                        "P2,L2,2024-01-10,2024-04-01,47,F40.0",
                        "P3,L3,2024-01-10,,,70691001"),
                List.of(
                        CONTACTS_HEADER,
                        "P1,C1,2024-01-20,10:00,2,5,2,45,CP1",
                        "P1,C2,2024-01-27,10:00,2,05,02,45,CP1",
                        "P2,C3,2024-01-27,10:00,02,5,02,45,CP1"),
                List.of(ASSESSMENTS_HEADER));
        assertThat(check.problems().lines()).isEmpty();
        assertThat(check.extract().normalisedCodes())
                .isEqualTo(Map.of(
                        "referrals.csv EndCode", 1L,
                        "referrals.csv PresentingProblem", 1L,
                        "care_contacts.csv AppType", 2L,
                        "care_contacts.csv AttendOrDNACode", 1L,
                        "care_contacts.csv ConsMechanism", 1L));
    }

    @Test
    void aVersionTwoExtractNamesTheModeConsMediumUsed() throws IOException {
        var check = check(
                List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,,,"),
                List.of(
                        CONTACTS_HEADER.replace("ConsMechanism", "ConsMediumUsed"),
                        "P1,C1,2024-01-20,10:00,02,5,02,45,CP1"),
                List.of(ASSESSMENTS_HEADER));
        assertThat(check.problems().lines()).isEmpty();

        var both = check(
                List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,,,"),
                List.of(CONTACTS_HEADER + ",ConsMediumUsed", "P1,C1,2024-01-20,10:00,02,5,02,45,CP1,02"),
                List.of(ASSESSMENTS_HEADER));
        assertThat(both.problems().lines())
                .containsExactly("care_contacts.csv:1: ConsMediumUsed: gives the same column "
                        + "as ConsMechanism (an older name of it): keep one of the two");
    }

    @Test
    void peqAnswersInTheirNationalForm() throws IOException {
        var check = check(
                List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,,,"),
                List.of(CONTACTS_HEADER),
                List.of(
                        ASSESSMENTS_HEADER,
                        "P1,," + PEQ_YES_NO + ",Y,2024-01-20,",
                        "P1,," + PEQ_YES_NO + ",n,2024-01-20,",
                        "P1,," + PEQ_YES_NO + ",NA,2024-01-20,",
                        "P1,," + PEQ_YES_NO + ",99,2024-01-20,",
                        "P1,," + PEQ_END_Q1 + ",3,2024-03-20,",
                        "P1,," + PEQ_END_Q1 + ",NA,2024-03-20,",
                        "P1,," + PEQ_END_Q1 + ",99,2024-03-20,",
                        "P1,," + PEQ_YES_NO + ",Yes,2024-01-20,",
                        "P1,," + PEQ_END_Q1 + ",5,2024-03-20,"));
        assertThat(check.problems().lines())
                .containsExactly(
                        "coded_scored_assessments.csv:9: PersScore: 'Yes' is not an answer to the PEQ item 747861000000100: "
                                + "it takes Y, N, NA or 99 (not stated)",
                        "coded_scored_assessments.csv:10: PersScore: '5' is not an answer to the PEQ item 747901000000107: "
                                + "it takes a whole number from 0 to 4, NA or 99 (not stated)");
        assertThat(check.extract().normalisedCodes()).containsEntry("coded_scored_assessments.csv PersScore", 1L);
    }

    @Test
    void theUnplannedContactColumnTakesYOrN() throws IOException {
        var check = check(
                List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,,,"),
                List.of(
                        CONTACTS_HEADER + ",PlannedCareContIndicator",
                        "P1,C1,2024-01-20,10:00,02,5,02,45,CP1,Y",
                        "P1,C2,2024-01-21,10:00,02,3,02,45,CP1,n",
                        "P1,C3,2024-01-22,10:00,02,5,02,45,CP1,",
                        "P1,C4,2024-01-23,10:00,02,5,02,45,CP1,maybe"),
                List.of(ASSESSMENTS_HEADER));
        assertThat(check.problems().lines())
                .containsExactly("care_contacts.csv:5: PlannedCareContIndicator: 'maybe' "
                        + "is not Y (planned) or N (unplanned: the patient initiated the contact)");
        assertThat(check.extract().normalisedCodes()).containsEntry("care_contacts.csv PlannedCareContIndicator", 1L);
        assertThat(check.extract().firstAttended.get(0))
                .as("the unplanned contact took place, though coded 3")
                .isEqualTo(Fields.epochDay(2024, 1, 20));
    }

    @Test
    void severalComplaintsPerPathwayAreRankedAsNhsEnglandRanksThem() throws IOException {
        Files.createDirectories(dir);
        Files.write(
                dir.resolve(ExtractFormat.COMPLAINTS),
                List.of(
                        "PathwayID,PresComp,PresCompCodSig,PresCompDate",
                        "P1,F410,2,2024-03-01",
                        "P1,F401,1,2024-01-01", // primary wins over a later secondary
                        "P2,999999999,01,2024-05-01",
                        "P2,F400,02,2024-01-01", // coded wins over a SNOMED CT code Stepline cannot map
                        "P3,F42,01,2024-01-01",
                        "P3,F43.1,01,2024-01-01")); // same rank: the last recorded
        var check = check(
                List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,,,", "P2,L2,2024-01-10,,,", "P3,L3,2024-01-10,,,"),
                List.of(CONTACTS_HEADER),
                List.of(ASSESSMENTS_HEADER));
        assertThat(check.problems().lines()).isEmpty();
        var chosen = check.extract().chosenComplaint;
        assertThat(chosen.get(0).code()).isEqualTo("F40.1");
        assertThat(chosen.get(1).code()).isEqualTo("F40.0");
        assertThat(chosen.get(2).code()).isEqualTo("F43.1");
        assertThat(check.extract().normalisedCodes())
                .containsEntry("presenting_complaints.csv PresComp", 3L)
                .containsEntry("presenting_complaints.csv PresCompCodSig", 2L);
    }

    @Test
    void aComplaintsProblemIsListedWithItsLine() throws IOException {
        Files.createDirectories(dir);
        Files.write(
                dir.resolve(ExtractFormat.COMPLAINTS),
                List.of(
                        "PathwayID,PresComp,PresCompCodSig,PresCompDate",
                        "P1,F401,1,2024-01-01",
                        "P2,anxious,3,2024-13-01",
                        "P9,F401,,"));
        var check = check(
                List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,,,F32", "P2,L2,2024-01-10,,,"),
                List.of(CONTACTS_HEADER),
                List.of(ASSESSMENTS_HEADER));
        assertThat(check.problems().lines())
                .containsExactly(
                        "presenting_complaints.csv:2: PathwayID: 'P1' also has a PresentingProblem in referrals.csv: give a "
                                + "pathway's presenting problems in one of the two files",
                        "presenting_complaints.csv:3: PresComp: 'anxious' is not an ICD-10 code (e.g. F40.0 or F400) or a "
                                + "SNOMED CT code (6 to 18 digits)",
                        "presenting_complaints.csv:3: PresCompCodSig: '3' is not a significance (01 primary, 02 secondary)",
                        "presenting_complaints.csv:3: PresCompDate: '2024-13-01' is not a real date",
                        "presenting_complaints.csv:4: PathwayID: 'P9' is not in referrals.csv");
    }
}

package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepline.datasets.internal.Extracts.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCheckTest {

    @TempDir
    Path dir;

    private List<String> problems(List<String> referrals, List<String> contacts, List<String> assessments)
            throws IOException {
        var check =
                new ExtractCheck(write(dir, referrals, contacts, assessments), phq9AndGad7(), ProgressMeter.silent());
        check.run();
        return check.problems().lines();
    }

    private static final List<String> GOOD_REFERRALS =
            List.of(REFERRALS_HEADER, "P1,L1,2024-01-10,2024-04-02,46,F32.1", "P2,L2,2024-02-01,,,");
    private static final List<String> GOOD_CONTACTS = List.of(
            CONTACTS_HEADER,
            "P1,C1,2024-01-20,10:00,01,5,02,45,CP1",
            "P1,C2,2024-01-27,10:00,02,5,02,30,CP1",
            "P2,C3,2024-02-10,,01,3,11,,");
    private static final List<String> GOOD_ASSESSMENTS =
            List.of(ASSESSMENTS_HEADER, "P1,C1,720433000,15,2024-01-20,10:00", "P1,,445455005,12,2024-01-15,");

    @Test
    void aValidExtractHasNoProblems() throws IOException {
        assertThat(problems(GOOD_REFERRALS, GOOD_CONTACTS, GOOD_ASSESSMENTS)).isEmpty();
    }

    @Test
    void everyBadReferralRowIsListedWithItsLineAndColumn() throws IOException {
        var problems = problems(
                List.of(
                        REFERRALS_HEADER,
                        "P1,L1,2024-01-10,,,",
                        "P1,L2,2024-01-10,,,",
                        ",L3,2024-01-10,,,",
                        "P4,L4,10/01/2024,,,",
                        "P5,L5,2024-02-30,,,",
                        "P6,L6,2024-03-01,2024-02-01,46,",
                        "P7,L7,2024-03-01,,46,",
                        "P8,L8,2024-03-01,2024-04-01,4x,",
                        "P9,L9,2024-03-01,,,depression",
                        "P10,,2024-03-01,,,",
                        "P11,L11,2024-03-01,,"),
                List.of(CONTACTS_HEADER),
                List.of(ASSESSMENTS_HEADER));
        assertThat(problems)
                .containsExactly(
                        "referrals.csv:3: PathwayID: 'P1' is already used on line 2 (it must be unique in the file)",
                        "referrals.csv:4: PathwayID: is required but empty",
                        "referrals.csv:5: ReferralRequestReceivedDate: '10/01/2024' is not a date in the form YYYY-MM-DD",
                        "referrals.csv:6: ReferralRequestReceivedDate: '2024-02-30' is not a real date",
                        "referrals.csv:7: ServDischDate: 2024-02-01 is before the referral was received (2024-03-01)",
                        "referrals.csv:8: EndCode: is given but ServDischDate is empty: only a discharged pathway has an end code",
                        "referrals.csv:9: EndCode: '4x' is not an end code (two digits, e.g. 46)",
                        "referrals.csv:10: PresentingProblem: 'depression' is not an ICD-10 code (e.g. F32.1 or F321) or a SNOMED CT code (6 to 18 digits)",
                        "referrals.csv:11: LocalPatientId: is required but empty",
                        "referrals.csv:12: (row): has 5 values but the header has 6 columns");
    }

    @Test
    void everyBadContactRowIsListed() throws IOException {
        var problems = problems(
                GOOD_REFERRALS,
                List.of(
                        CONTACTS_HEADER,
                        "P1,C1,2024-01-20,10:00,01,5,02,45,CP1",
                        "P1,C1,2024-01-21,10:00,01,5,02,45,CP1",
                        "P9,C2,2024-01-20,10:00,01,5,02,45,CP1",
                        "P1,C3,2024-01-20,25:00,07,9,7,601,CP1",
                        "P1,C4,,10:00,02,5,07,-1,",
                        "P1,C5,2024-01-20,10:00,02,5,03,30,"),
                List.of(ASSESSMENTS_HEADER));
        assertThat(problems)
                .containsExactly(
                        "care_contacts.csv:3: CareContactId: 'C1' is already used on line 2 (it must be unique in the file)",
                        "care_contacts.csv:4: PathwayID: 'P9' is not in referrals.csv",
                        "care_contacts.csv:5: CareContTime: '25:00' is not a time in the form HH:MM (24-hour clock)",
                        "care_contacts.csv:5: AppType: '07' is not an AppType code (01 to 06, or 10)",
                        "care_contacts.csv:5: AttendOrDNACode: '9' is not an AttendOrDNACode (0, or 2 to 7)",
                        "care_contacts.csv:5: ConsMechanism: '7' is not a ConsMechanism code (e.g. 01 face to face, 02 telephone, 11 video)",
                        "care_contacts.csv:5: ClinContDurOfCareCont: '601' is not a duration in whole minutes from 0 to 600",
                        "care_contacts.csv:6: CareContDate: is required but empty",
                        "care_contacts.csv:6: ConsMechanism: '07' is not a ConsMechanism code (e.g. 01 face to face, 02 telephone, 11 video)",
                        "care_contacts.csv:6: ClinContDurOfCareCont: '-1' is not a duration in whole minutes from 0 to 600");
    }

    @Test
    void everyBadAssessmentRowIsListed() throws IOException {
        var problems = problems(
                GOOD_REFERRALS,
                GOOD_CONTACTS,
                List.of(
                        ASSESSMENTS_HEADER,
                        "P1,C1,720433000,28,2024-01-20,10:00",
                        "P1,C1,445455005,22,2024-01-20,10:00",
                        "P1,C1,720433000,ten,2024-01-20,10:00",
                        "P1,C9,720433000,5,2024-01-20,10:00",
                        "P2,C1,720433000,5,2024-01-20,10:00",
                        "P3,,720433000,5,2024-01-20,10:00",
                        "P1,,PHQ9,5,2024-01-20,10:00",
                        "P1,,999999999,250,2024-01-20,10:00",
                        "P1,,720433000,5,20240120,1000"));
        assertThat(problems)
                .containsExactly(
                        "coded_scored_assessments.csv:2: PersScore: 28 is outside the PHQ-9 range of 0 to 27",
                        "coded_scored_assessments.csv:3: PersScore: 22 is outside the GAD-7 range of 0 to 21",
                        "coded_scored_assessments.csv:4: PersScore: 'ten' is not a whole number of 0 or more",
                        "coded_scored_assessments.csv:5: CareContactId: 'C9' is not in care_contacts.csv",
                        "coded_scored_assessments.csv:6: CareContactId: care contact 'C1' belongs to pathway 'P1', not 'P2'",
                        "coded_scored_assessments.csv:7: PathwayID: 'P3' is not in referrals.csv",
                        "coded_scored_assessments.csv:8: CodedAssToolType: 'PHQ9' is not a SNOMED CT code (6 to 18 digits, e.g. 720433000 for PHQ-9)",
                        "coded_scored_assessments.csv:10: AssToolCompDate: '20240120' is not a date in the form YYYY-MM-DD",
                        "coded_scored_assessments.csv:10: AssToolCompTime: '1000' is not a time in the form HH:MM (24-hour clock)");
    }

    @Test
    void aMissingColumnOrFileIsReportedAndItsRowsAreNotChecked() throws IOException {
        var problems = problems(
                GOOD_REFERRALS,
                List.of("PathwayID,CareContactId,CareContDate,AppType,AttendOrDNACode", "P1,C1,2024-01-20,01,5"),
                List.of(ASSESSMENTS_HEADER, "P1,C1,720433000,5,2024-01-20,"));
        assertThat(problems)
                .containsExactly(
                        "care_contacts.csv:1: ConsMechanism: required column is missing from the header (it may also be named ConsMediumUsed)");
        Files.delete(dir.resolve(ExtractFormat.ASSESSMENTS));
        var check = new ExtractCheck(dir, phq9AndGad7(), ProgressMeter.silent());
        check.run();
        assertThat(check.problems().lines()).contains("coded_scored_assessments.csv: the file is missing from " + dir);
    }

    @Test
    void columnsMayComeInAnyOrderAndUnknownOnesAreIgnoredAndReported() throws IOException {
        var check = new ExtractCheck(
                write(
                        dir,
                        List.of(
                                "Notes,ReferralRequestReceivedDate,PathwayID,LocalPatientId",
                                "\"said \"\"hello\"\", then left\",2024-01-10,P1,L1"),
                        List.of(
                                "CareContactId,PathwayID,AttendOrDNACode,AppType,ConsMechanism,CareContDate,Room",
                                "C1,P1,5,02,03,2024-01-20,\"Room 4,\nfirst floor\"",
                                "C2,P1,5,02,08,2024-01-27,"),
                        List.of(ASSESSMENTS_HEADER)),
                phq9AndGad7(),
                ProgressMeter.silent());
        var extract = check.run();
        assertThat(check.problems().lines()).isEmpty();
        assertThat(extract.unknownColumns)
                .containsEntry("referrals.csv", List.of("Notes"))
                .containsEntry("care_contacts.csv", List.of("Room"));
        assertThat(extract.mappedCodes()).containsEntry("03→11", 1L).containsEntry("08→10", 1L);
        assertThat(extract.contactLine.get(1))
                .as("line numbers count the line break inside quotes")
                .isEqualTo(4);
    }

    @Test
    void progressIsReportedWhileLongFilesAreRead() throws IOException {
        var referrals = new ArrayList<String>(List.of(REFERRALS_HEADER));
        for (int i = 0; i < 5000; i++) {
            referrals.add("P" + i + ",L" + i + ",2024-01-10,,,");
        }
        var lines = new ArrayList<String>();
        new ExtractCheck(
                        write(dir, referrals, List.of(CONTACTS_HEADER), List.of(ASSESSMENTS_HEADER)),
                        phq9AndGad7(),
                        new ProgressMeter(lines::add, Duration.ZERO))
                .run();
        assertThat(lines)
                .anyMatch(line -> line.matches("Checking referrals\\.csv: 1,024 rows \\(\\d+ %\\)"))
                .anyMatch(line -> line.matches("Checking referrals\\.csv: 4,096 rows \\(\\d+ %\\)"));
        assertThat(lines).anyMatch(line -> line.startsWith("Checked referrals.csv: 5,000 rows in "));
    }
}

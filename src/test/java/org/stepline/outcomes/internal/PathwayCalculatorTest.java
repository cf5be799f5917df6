package org.stepline.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepline.measures.ScoreTotal;
import org.stepline.referrals.ReferralOutline;
import org.stepline.scheduling.CareContact;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/** Whole pathways through the rules: the awkward shapes real records take. */
class PathwayCalculatorTest {

    private final PathwayCalculator calculator = new PathwayCalculator(MeasureScales.shipped());
    private final List<CareContact> contacts = new ArrayList<>();
    private final List<ScoreTotal> scores = new ArrayList<>();
    private long ids = 1;

    private static final LocalDate RECEIVED = LocalDate.of(2025, 1, 6);

    private ReferralOutline referral(LocalDate discharged, String problem) {
        return new ReferralOutline(
                10, "P-10", 3, 4L, 2, RECEIVED, discharged, discharged == null ? null : "46", problem, "stepline");
    }

    private void contact(String day, String type, String attendance, String mode) {
        contacts.add(new CareContact(
                ids++,
                10,
                Instant.parse(day + "T10:00:00Z"),
                AppointmentType.of(type),
                Attendance.of(attendance),
                ConsultationMechanism.of(mode)));
    }

    private void score(String instrument, String snomed, int total, String day) {
        scores.add(new ScoreTotal(ids++, 10, instrument, snomed, total, Instant.parse(day + "T09:00:00Z")));
    }

    @Test
    void aFinishedTelephonePathwayThatRecovered() {
        contact("2025-01-20", "01", "5", "01"); // assessed face to face
        contact("2025-02-03", "02", "5", "02");
        contact("2025-02-10", "02", "3", "02"); // did not attend: not treatment
        contact("2025-02-24", "02", "6", "02"); // late but seen
        contact("2025-03-10", "02", "5", "11");
        contact("2025-04-01", "06", "5", "02"); // follow-up after discharge: not treatment
        score("PHQ9", "720433000", 16, "2025-01-20");
        score("GAD7", "445455005", 12, "2025-01-20");
        score("PHQ9", "720433000", 6, "2025-03-10");
        score("GAD7", "445455005", 5, "2025-03-10");

        var outcome = calculator.compute(referral(LocalDate.of(2025, 3, 14), "F41.2"), contacts, scores);

        assertThat(outcome.treatmentContacts()).isEqualTo(3);
        assertThat(outcome.completedTreatment()).isTrue();
        assertThat(outcome.treatmentMode()).isEqualTo("02");
        assertThat(outcome.telephoneShare()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(outcome.assessmentMode()).isEqualTo("01");
        assertThat(outcome.firstTreatmentOn()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(outcome.secondTreatmentOn()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(outcome.firstTreatmentWaitDays()).isEqualTo(28);
        assertThat(outcome.casenessAtStart()).isTrue();
        assertThat(outcome.recovery()).isTrue();
        assertThat(outcome.reliableImprovement()).isTrue();
        assertThat(outcome.reliableRecovery()).isTrue();
        assertThat(outcome.bothPaired()).isTrue();
        assertThat(outcome.phq9Band()).isEqualTo("PHQ-9 15–19");
        assertThat(outcome.anxietyBand()).isEqualTo("GAD-7 10–14");
        assertThat(outcome.lastAttendedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(outcome.toRow().treatmentMode()).isEqualTo("02");
    }

    @Test
    void onlyAssessmentContactsGiveNoTreatmentModeAndNoWait() {
        contact("2025-01-20", "01", "5", "02");
        contact("2025-02-20", "04", "5", "02"); // review without treatment
        var outcome = calculator.compute(referral(LocalDate.of(2025, 3, 1), null), contacts, scores);
        assertThat(outcome.treatmentContacts()).isZero();
        assertThat(outcome.completedTreatment()).isFalse();
        assertThat(outcome.treatmentMode()).isNull();
        assertThat(outcome.telephoneShare()).isNull();
        assertThat(outcome.firstTreatmentWaitDays()).isNull();
        assertThat(outcome.assessmentMode()).isEqualTo("02");
        assertThat(outcome.anxietyBand()).isEqualTo(PathwayCalculator.NO_SCORE);
    }

    @Test
    void anOpenPathwayIsNeverFinished() {
        contact("2025-01-20", "03", "5", "11"); // assessment and treatment, by video
        contact("2025-02-03", "02", "5", "11");
        score("PHQ9", null, 15, "2025-01-20");
        score("PHQ9", null, 4, "2025-02-03");
        var outcome = calculator.compute(referral(null, "F32"), contacts, scores);
        assertThat(outcome.treatmentContacts()).isEqualTo(2);
        assertThat(outcome.completedTreatment()).isFalse();
        assertThat(outcome.recovery()).isFalse();
        assertThat(outcome.assessmentMode()).isEqualTo("11");
        assertThat(outcome.treatmentMode()).isEqualTo("11");
        assertThat(outcome.firstTreatmentWaitDays()).isEqualTo(14);
    }

    @Test
    void scoresFromExtractsAreKnownByTheirSnomedCode() {
        contact("2025-02-03", "02", "5", "01");
        contact("2025-02-10", "02", "5", "01");
        score("720433000", "720433000", 12, "2025-02-03");
        score("445455005", "445455005", 9, "2025-02-03");
        score("720433000", "720433000", 3, "2025-02-10");
        score("445455005", "445455005", 2, "2025-02-10");
        var outcome = calculator.compute(referral(LocalDate.of(2025, 2, 20), null), contacts, scores);
        assertThat(outcome.firstPhq9()).isEqualTo(12);
        assertThat(outcome.lastAnxiety()).isEqualTo(2);
        assertThat(outcome.reliableRecovery()).isTrue();
    }

    @Test
    void aPairedAdsmStandsForAnxietyForItsProblem() {
        contact("2025-02-03", "02", "5", "02");
        contact("2025-02-10", "02", "5", "02");
        score("PHQ9", null, 8, "2025-02-03");
        score("PHQ9", null, 4, "2025-02-10");
        score("GAD7", null, 5, "2025-02-03"); // GAD-7 below caseness...
        score("GAD7", null, 4, "2025-02-10");
        score("SPIN", null, 40, "2025-02-03"); // ...but social anxiety well above the SPIN threshold
        score("SPIN", null, 12, "2025-02-10");
        var outcome = calculator.compute(referral(LocalDate.of(2025, 2, 20), "F40.1"), contacts, scores);
        assertThat(outcome.anxietyMeasure()).isEqualTo("SPIN");
        assertThat(outcome.casenessAtStart()).isTrue();
        assertThat(outcome.notCaseness()).isFalse();
        assertThat(outcome.reliableRecovery()).isTrue();
        assertThat(outcome.anxietyBand()).isEqualTo("Social Phobia Inventory (SPIN) at caseness");
    }

    @Test
    void modesMappedFromOldCodesAtImportCountAsTheirCurrentMode() {
        // 03 (web camera) arrives as 11, 06 (SMS) as 09, 08 (instant messaging) as 10: the rules see current codes.
        contact("2025-02-03", "02", "5", "11");
        contact("2025-02-10", "02", "5", "11");
        contact("2025-02-17", "02", "5", "09");
        var outcome = calculator.compute(referral(LocalDate.of(2025, 2, 20), null), contacts, scores);
        assertThat(outcome.treatmentMode()).isEqualTo(ConsultationMechanism.VIDEO.code());
    }
}

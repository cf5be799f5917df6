package org.stepline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.ScoreSummary;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.CareContact;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

class FlagRulesTest {

    static final SupervisionProperties LIMITS = SupervisionProperties.DEFAULTS;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    static final InstrumentCatalogue INSTRUMENTS = InstrumentCatalogue.shipped();

    /** A summary judged by the shipped instrument file's own thresholds, as in the running service. */
    static ScoreSummary score(String instrument, int first, int latest, int administrations) {
        return ScoreSummary.of(INSTRUMENTS.require(instrument), first, latest, NOW, administrations);
    }

    static CareContact contact(int daysAgo, String type, String attendance, ConsultationMechanism mode) {
        return new CareContact(
                daysAgo,
                1,
                NOW.minus(daysAgo, ChronoUnit.DAYS),
                AppointmentType.of(type),
                Attendance.of(attendance),
                mode);
    }

    static List<CareContact> sessions(int count) {
        List<CareContact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(contact(7 * (i + 1), "02", "5", ConsultationMechanism.TELEPHONE));
        }
        return contacts;
    }

    @Test
    void anOpenRiskAnswerIsFlaggedWithItsReasonAndAnAcknowledgedOneIsNot() {
        var open = new RiskAlert(1, 1, 1, "Thoughts of self-harm on most days", NOW, null, null, null);
        var seen = new RiskAlert(2, 1, 1, "Old answer", NOW, NOW, "a.clinician", "Called");
        assertThat(FlagRules.unacknowledgedRisk(List.of(open)))
                .get()
                .extracting(Flag::reason)
                .asString()
                .contains("not yet acknowledged", "Thoughts of self-harm on most days");
        assertThat(FlagRules.unacknowledgedRisk(List.of(seen))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}→{2} over {3} administrations: flagged {4}")
    @CsvSource({
        "PHQ9, 10, 15, 2, false",
        "PHQ9, 10, 16, 2, true",
        "PHQ9, 10, 16, 1, false",
        "GAD7,  8, 11, 3, false",
        "GAD7,  8, 12, 3, true",
        "WSAS,  5, 30, 3, false"
    })
    void reliableDeteriorationSinceTheFirstScores(
            String instrument, int first, int latest, int times, boolean flagged) {
        var flag = FlagRules.deterioration(score(instrument, first, latest, times));
        assertThat(flag.isPresent()).isEqualTo(flagged);
        flag.ifPresent(f -> assertThat(f.reason()).contains("risen by " + (latest - first), "from " + first));
    }

    @ParameterizedTest(name = "{0} treatment sessions, improved {1}: flagged {2}")
    @CsvSource({"3, false, false", "4, false, true", "4, true, false", "9, false, true"})
    void noReliableImprovementAfterTheTreatmentSessions(int count, boolean improved, boolean flagged) {
        var phq = improved ? score("PHQ9", 18, 10, 3) : score("PHQ9", 18, 15, 3);
        var flag = FlagRules.noImprovement(count, List.of(phq), LIMITS.treatmentContactsBeforeImprovement());
        assertThat(flag.isPresent()).isEqualTo(flagged);
        flag.ifPresent(f ->
                assertThat(f.reason()).isEqualTo("No reliable improvement after " + count + " treatment sessions"));
    }

    @ParameterizedTest(name = "type {0} attendance {1} counts as a session: {2}")
    @CsvSource({"02, 5, true", "03, 6, true", "05, 5, true", "01, 5, false", "04, 5, false", "02, 3, false"})
    void onlyAttendedTreatmentAppointmentsAreSessions(String type, String attendance, boolean counted) {
        assertThat(FlagRules.treatmentSessions(List.of(contact(1, type, attendance, ConsultationMechanism.VIDEO))))
                .isEqualTo(counted ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} for {1} days: {2}")
    @CsvSource({
        "AWAITING_TREATMENT, 28, none",
        "AWAITING_TREATMENT, 29, amber",
        "AWAITING_ASSESSMENT, 42, amber",
        "AWAITING_ASSESSMENT, 43, red",
        "IN_TREATMENT, 100, none"
    })
    void waitingForFirstTreatment(ReferralStage stage, long days, String expected) {
        var flag = FlagRules.waiting(stage, days, LIMITS);
        assertThat(flag.map(f -> f.amber() ? "amber" : "red").orElse("none")).isEqualTo(expected);
        flag.ifPresent(f -> assertThat(f.reason()).contains("Waiting " + FlagRules.weeks(days), "first treatment"));
    }

    @ParameterizedTest(name = "{0}, last attended {1} days ago, in stage {2} days: flagged {3}")
    @CsvSource({
        "IN_TREATMENT, 13, 60, false",
        "IN_TREATMENT, 14, 60, true",
        "IN_TREATMENT, -1, 13, false",
        "IN_TREATMENT, -1, 15, true",
        "AWAITING_TREATMENT, 40, 60, false"
    })
    void noAttendedContactWhileInTreatment(ReferralStage stage, int lastDaysAgo, int inStage, boolean flagged) {
        var last = lastDaysAgo < 0 ? null : TODAY.minusDays(lastDaysAgo);
        var flag = FlagRules.noContact(stage, last, TODAY.minusDays(inStage), TODAY, LIMITS.daysWithoutContact());
        assertThat(flag.isPresent()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "attendance newest first {0}: flagged {1}")
    @CsvSource({
        "'5,3', false",
        "'3,5,3', false",
        "'3,3', true",
        "'7,3,5', true",
        "'3,2,7', true",
        "'3,4', false",
        "'4,4', false"
    })
    void missedAppointmentsInARow(String newestFirst, boolean flagged) {
        String[] codes = newestFirst.split(",");
        List<CareContact> contacts = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            contacts.add(contact(i + 1, "02", codes[i], ConsultationMechanism.TELEPHONE));
        }
        var flag = FlagRules.missedInARow(contacts, LIMITS.missedInARow());
        assertThat(flag.isPresent()).isEqualTo(flagged);
        flag.ifPresent(f -> assertThat(f.reason()).startsWith("Did not attend the last"));
    }

    @ParameterizedTest(name = "step {0}, {1} sessions, PHQ-9 {2}, GAD-7 {3}: flagged {4}")
    @CsvSource({
        "2,  7, 14, 10, false",
        "2,  8, 14,  3, true",
        "2,  8,  9,  8, true",
        "2,  8,  9,  7, false",
        "3, 15, 20, 20, false",
        "3, 16, 10,  0, true"
    })
    void stillAtCasenessAfterThePlannedSessions(int step, int count, int phq, int gad, boolean flagged) {
        var scores = List.of(score("PHQ9", 20, phq, 3), score("GAD7", 15, gad, 3));
        var flag = FlagRules.stillAtCaseness(count, LIMITS.plannedSessions(step), scores);
        assertThat(flag.isPresent()).isEqualTo(flagged);
        flag.ifPresent(
                f -> assertThat(f.reason()).startsWith("Still at caseness").contains(count + " sessions"));
    }

    @ParameterizedTest(name = "{0} telephone and {1} video sessions: {2}")
    @CsvSource({"0, 0, None yet", "2, 1, Telephone", "1, 1, Mixed", "1, 2, Video"})
    void treatmentModeIsTheModeOfMoreThanHalfTheSessions(int phone, int video, String expected) {
        List<CareContact> contacts = new ArrayList<>();
        for (int i = 0; i < phone; i++) {
            contacts.add(contact(i + 1, "02", "5", ConsultationMechanism.TELEPHONE));
        }
        for (int i = 0; i < video; i++) {
            contacts.add(contact(i + 10, "02", "5", ConsultationMechanism.VIDEO));
        }
        assertThat(FlagRules.treatmentMode(contacts)).isEqualTo(expected);
    }

    @Test
    void flagsOfAReferralComeInOrderOfUrgency() {
        var referral = new ReferralSummary(
                1,
                "p",
                1,
                1,
                1L,
                "A1",
                TODAY.minusDays(200),
                null,
                2,
                ReferralStage.IN_TREATMENT,
                TODAY.minusDays(150),
                null,
                null);
        var alert = new RiskAlert(1, 1, 1, "Risk", NOW, null, null, null);
        List<CareContact> contacts = new ArrayList<>(sessions(8));
        contacts.add(contact(3, "02", "3", ConsultationMechanism.TELEPHONE));
        contacts.add(contact(2, "02", "3", ConsultationMechanism.TELEPHONE));
        var flags =
                FlagRules.flagsOf(referral, List.of(alert), List.of(score("PHQ9", 12, 19, 4)), contacts, TODAY, LIMITS);
        assertThat(flags)
                .extracting(Flag::kind)
                .containsExactly(
                        FlagKind.RISK,
                        FlagKind.DETERIORATION,
                        FlagKind.MISSED_IN_A_ROW,
                        FlagKind.NO_IMPROVEMENT,
                        FlagKind.STILL_AT_CASENESS);
    }
}

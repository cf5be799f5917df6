package org.stepline.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.codes.ConsultationMechanism;

/** One table per rule of outcomes.md, with the awkward cases. */
class OutcomeRulesTest {

    private static final MeasureScales SCALES = MeasureScales.shipped();

    @ParameterizedTest(name = "discharged {0}, {1} treatment contacts: finished {2}, treated once {3}")
    @CsvSource({
        "     , 0, false, false",
        "     , 5, false, false", // open pathway: never finished, however many sessions
        "2025-03-01, 0, false, false",
        "2025-03-01, 1, false, true",
        "2025-03-01, 2, true, false",
        "2025-03-01, 9, true, false"
    })
    void endedFinishedAndTreatedOnce(LocalDate discharged, int treatments, boolean finished, boolean treatedOnce) {
        boolean ended = OutcomeRules.ended(discharged);
        assertThat(ended).isEqualTo(discharged != null);
        assertThat(OutcomeRules.completedTreatment(ended, treatments)).isEqualTo(finished);
        assertThat(OutcomeRules.endedTreatedOnce(ended, treatments)).isEqualTo(treatedOnce);
    }

    /** Scores as {@code total@instant#recordedOrder}, separated by {@code ;}. */
    @ParameterizedTest(name = "{0}: first {1}, last {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "18@2025-01-10T10:00:00Z#1; 9@2025-01-10T10:00:00Z#2  | 9  | 9", // same date-time: the later recorded
                // is first and last
                "9@2025-01-10T00:00:00Z#2; 18@2025-01-10T00:00:00Z#1  | 9  | 9", // same date, read out of order
                "18@2025-01-10T10:00:00Z#1; 9@2025-01-10T10:00:00Z#2; 5@2025-02-10T10:00:00Z#3 | 9 | 5", // tie at the
                // start
                "18@2025-01-10T10:00:00Z#1; 9@2025-02-10T10:00:00Z#2; 5@2025-02-10T10:00:00Z#3 | 18 | 5", // tie at the
                // end
                "9@2025-01-10T11:00:00Z#1; 18@2025-01-10T09:00:00Z#2  | 18 | 9", // same day, times decide
                "12@2025-02-01T09:00:00Z#7                            | 12 | 12", // a single score is both
                "20@2025-01-01T09:00:00Z#1; 15@2025-02-01T09:00:00Z#2; 7@2025-03-01T09:00:00Z#3 | 20 | 7",
                "                                                     |    |"
            })
    void firstAndLastScore(String scores, Integer first, Integer last) {
        var points = points(scores);
        assertThat(total(OutcomeRules.firstScore(points))).isEqualTo(first);
        assertThat(total(OutcomeRules.lastScore(points))).isEqualTo(last);
        assertThat(OutcomeRules.paired(points.size())).isEqualTo(points.size() >= 2);
    }

    /**
     * PHQ-9 and GAD-7 as first/last/administrations (empty: none). Columns: finished, PHQ-9, GAD-7, then caseness at
     * start, NotCaseness, recovery, reliable improvement, reliable deterioration, reliable recovery.
     */
    @ParameterizedTest(name = "[{index}] finished {0}, PHQ-9 {1}, GAD-7 {2}")
    @CsvSource({
        "true,  18/6/2,  14/5/2,  true,  false, true,  true,  false, true", // recovered, reliably
        "true,  11/8/2,  9/7/2,   true,  false, true,  false, false, false", // recovered, change too small
        "true,  20/12/2, 15/10/2, true,  false, false, true,  false, false", // improved, still at caseness
        "true,  8/15/2,  5/9/2,   false, true,  false, false, true,  false", // not a case, deteriorated
        "true,  18/10/2, 5/12/2,  true,  false, false, false, false, false", // one fell, one rose: neither
        "true,  10/9/2,  7/7/2,   true,  false, true,  false, false, false", // exactly at the PHQ-9 threshold
        "true,  9/4/2,   8/3/2,   true,  false, true,  true,  false, true", // a case on anxiety only
        "true,  16/10/2, 6/6/2,   true,  false, false, true,  false, false", // fell exactly 6; last 10 is a case
        "false, 18/6/2,  14/5/2,  true,  false, false, false, false, false", // not finished
        "true,  18/18/1, 14/5/2,  true,  false, false, false, false, false", // a single PHQ-9: not paired
        "true,  18/6/2,  ,        true,  false, false, false, false, false", // anxiety measure missing
        "true,  5/3/2,   ,        false, false, false, false, false, false", // missing anxiety: not NotCaseness
        "true,  ,        ,        false, false, false, false, false, false" // no scores at all
    })
    void casenessRecoveryAndReliableChange(
            boolean finished,
            String phq9,
            String gad7,
            boolean caseness,
            boolean notCaseness,
            boolean recovery,
            boolean improvement,
            boolean deterioration,
            boolean reliableRecovery) {
        var depression = scores(SCALES.depression(), phq9);
        var anxiety = scores(SCALES.anxiety(), gad7);
        assertThat(OutcomeRules.casenessAtStart(depression, anxiety))
                .as("caseness at start")
                .isEqualTo(caseness);
        assertThat(OutcomeRules.notCaseness(depression, anxiety))
                .as("NotCaseness")
                .isEqualTo(notCaseness);
        boolean recovered = OutcomeRules.recovery(finished, depression, anxiety);
        boolean improved = OutcomeRules.reliableImprovement(finished, depression, anxiety);
        assertThat(recovered).as("recovery").isEqualTo(recovery);
        assertThat(improved).as("reliable improvement").isEqualTo(improvement);
        assertThat(OutcomeRules.reliableDeterioration(finished, depression, anxiety))
                .as("reliable deterioration")
                .isEqualTo(deterioration);
        assertThat(OutcomeRules.reliableRecovery(recovered, improved))
                .as("reliable recovery")
                .isEqualTo(reliableRecovery);
    }

    @ParameterizedTest(name = "problem {0}, ADSM scores {1}: anxiety measure {2}")
    @CsvSource({
        "F40.1, SPIN:2,        SPIN", // social anxiety with paired SPIN
        "F40.1, SPIN:1,        GAD7", // a single SPIN: GAD-7 is the fallback
        "F40.1, ,              GAD7", // no ADSM at all
        "F32.1, SPIN:2,        GAD7", // depression: SPIN is not its measure
        "F43.1, IESR:2,        IESR", // PTSD with the older IES-R
        "F43.1, PCL5:2 IESR:2, PCL5", // both: PCL-5 first
        "F42.1, OCIR:3,        OCIR", // a subcode of OCD
        "     , SPIN:2,        GAD7", // no problem descriptor
        "F401,  SPIN:2,        SPIN", // ICD-10 without the dot, as national data has it
        "f40.1, SPIN:2,        SPIN", // small letters
        "F400,  MI:2,          MI", // agoraphobia: Mobility Inventory
        "F410,  PDSS:2,        PDSS", // panic
        "F431,  PCL5:2,        PCL5", // PTSD
        "F452,  HAI:2,         HAI", // health anxiety
        "F429,  OCIR:2,        OCIR", // OCD, undotted subcode
        "25501002, SPIN:2,     SPIN", // SNOMED CT social phobia, read as F40.1
        "70691001, MI:2,       MI", // SNOMED CT agoraphobia, read as F40.0
        "999999999, SPIN:2,    GAD7" // a SNOMED CT code Stepline cannot map: GAD-7
    })
    void anxietyMeasure(String problem, String adsmScores, String expected) {
        Map<MeasureScale, Integer> administrations = new java.util.HashMap<>();
        if (adsmScores != null) {
            for (String part : adsmScores.split(" ")) {
                String[] idAndCount = part.split(":");
                var scale = SCALES.adsms().stream()
                        .filter(m -> m.id().equals(idAndCount[0]))
                        .findFirst()
                        .orElseThrow();
                administrations.put(scale, Integer.parseInt(idAndCount[1]));
            }
        }
        assertThat(OutcomeRules.anxietyMeasure(SCALES, problem, administrations).id())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "modes [{0}]: treatment mode {1}, telephone share {2}")
    @CsvSource({
        "02 02 01,       02,    0.6667",
        "02 01,          mixed, 0.5",
        "02 02 01 11,    mixed, 0.5", // half is not more than half
        "02 02 02 01 11, 02,    0.6",
        "11,             11,    0.0",
        "01 01 01,       01,    0.0",
        ",               ,      " // no treatment contacts: no mode, no share
    })
    void treatmentModeAndTelephoneShare(String modes, String expectedMode, Double share) {
        List<ConsultationMechanism> list = modes == null
                ? List.of()
                : Arrays.stream(modes.trim().split(" "))
                        .map(ConsultationMechanism::of)
                        .toList();
        assertThat(OutcomeRules.treatmentMode(list)).isEqualTo(expectedMode);
        Double actual = OutcomeRules.telephoneShare(list);
        if (share == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isCloseTo(share, org.assertj.core.api.Assertions.within(0.0001));
        }
    }

    @ParameterizedTest(name = "received {0}, first treatment {1}: {2} days")
    @CsvSource({
        "2025-01-01, 2025-02-12, 42",
        "2025-01-01, 2025-01-01, 0",
        "2025-01-01, 2025-05-08, 127",
        "2025-01-01, , "
    })
    void waitDays(LocalDate received, LocalDate firstTreatment, Integer days) {
        assertThat(OutcomeRules.daysBetween(received, firstTreatment)).isEqualTo(days);
    }

    private static List<ScorePoint> points(String spec) {
        List<ScorePoint> points = new ArrayList<>();
        if (spec == null) {
            return points;
        }
        for (String part : spec.split(";")) {
            String[] totalRest = part.trim().split("@");
            String[] instantOrder = totalRest[1].split("#");
            points.add(new ScorePoint(
                    Integer.parseInt(totalRest[0]), Instant.parse(instantOrder[0]), Long.parseLong(instantOrder[1])));
        }
        return points;
    }

    private static Integer total(ScorePoint point) {
        return point == null ? null : point.total();
    }

    /** {@code first/last/administrations}; administrations beyond two sit between first and last in time. */
    static MeasureScores scores(MeasureScale scale, String spec) {
        if (spec == null) {
            return MeasureScores.none(scale);
        }
        String[] parts = spec.split("/");
        int n = Integer.parseInt(parts[2]);
        List<ScorePoint> points = new ArrayList<>();
        points.add(new ScorePoint(Integer.parseInt(parts[0]), Instant.parse("2025-01-01T09:00:00Z"), 1));
        for (int i = 1; i < n; i++) {
            int total = i == n - 1 ? Integer.parseInt(parts[1]) : Integer.parseInt(parts[0]);
            points.add(
                    new ScorePoint(total, Instant.parse("2025-01-01T09:00:00Z").plusSeconds(86_400L * 7 * i), i + 1));
        }
        return MeasureScores.of(scale, points);
    }
}

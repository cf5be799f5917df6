package org.stepline.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checked against the worked examples published by Newcombe (1998), Stat Med 17:857–872 and 17:873–890. */
class StatisticsTest {

    @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0,  20,  0.0000, 0.1611",
        "1,  29,  0.0061, 0.1718"
    })
    void wilsonMatchesNewcombesMethod3(long x, long n, double lower, double upper) {
        var interval = Statistics.wilson(x, n);
        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
    }

    @ParameterizedTest(name = "{0}/{1} − {2}/{3}: {4} to {5}")
    @CsvSource({
        "56, 70, 48, 80,  0.0524, 0.3339",
        "9,  10, 3,  10,  0.1705, 0.8090",
        "6,  7,  2,  7,   0.0582, 0.8062",
        "5,  56, 0,  29, -0.0381, 0.1926",
        "0,  10, 0,  20, -0.1611, 0.2775",
        "0,  10, 0,  10, -0.2775, 0.2775",
        "10, 10, 0,  20,  0.6791, 1.0000",
        "10, 10, 0,  10,  0.6075, 1.0000"
    })
    void newcombeMatchesHisMethod10(long x1, long n1, long x2, long n2, double lower, double upper) {
        var difference = Statistics.newcombe(x1, n1, x2, n2);
        assertThat(difference.estimate()).isCloseTo((double) x1 / n1 - (double) x2 / n2, within(1e-12));
        assertThat(difference.interval().lower()).isCloseTo(lower, within(0.00005));
        assertThat(difference.interval().upper()).isCloseTo(upper, within(0.00005));
    }

    @Test
    void noDenominatorMeansNoInterval() {
        assertThat(Statistics.wilson(0, 0)).isNull();
        assertThat(Statistics.newcombe(3, 10, 0, 0)).isNull();
        assertThat(new FigureValue(0, 0).rate()).isNull();
        assertThat(new FigureValue(0, 0).interval()).isNull();
    }

    @Test
    void caseMixGivesNoCreditForTreatingMilderPatients() {
        // The service recovers 80% of mild and 20% of severe cases. Telephone treats mostly mild, face to face mostly
        // severe; within each stratum both do exactly as well as the service.
        var results = CaseMix.byMode(java.util.List.of(
                new CaseMix.StratumCount("02", "mild", 80, 64), new CaseMix.StratumCount("02", "severe", 20, 4),
                new CaseMix.StratumCount("01", "mild", 20, 16), new CaseMix.StratumCount("01", "severe", 80, 16)));
        var telephone =
                results.stream().filter(r -> r.mode().equals("02")).findFirst().orElseThrow();
        var face =
                results.stream().filter(r -> r.mode().equals("01")).findFirst().orElseThrow();
        assertThat(telephone.crudeRate()).isCloseTo(0.68, within(1e-9));
        assertThat(face.crudeRate()).isCloseTo(0.32, within(1e-9));
        assertThat(telephone.expected()).isCloseTo(68, within(1e-9));
        assertThat(telephone.ratio()).isCloseTo(1.0, within(1e-9));
        assertThat(face.ratio()).isCloseTo(1.0, within(1e-9));
        assertThat(face.adjustedRate()).isCloseTo(0.5, within(1e-9));
        assertThat(telephone.ratioInterval().lower()).isLessThan(1.0);
        assertThat(telephone.ratioInterval().upper()).isGreaterThan(1.0);
    }

    @Test
    void caseMixWithinAStratumRewardsBetterRecovery() {
        var results = CaseMix.byMode(java.util.List.of(
                new CaseMix.StratumCount("02", "s", 100, 60), new CaseMix.StratumCount("11", "s", 100, 40)));
        assertThat(results.getFirst().ratio()).isCloseTo(1.2, within(1e-9));
        assertThat(results.get(1).ratio()).isCloseTo(0.8, within(1e-9));
    }
}

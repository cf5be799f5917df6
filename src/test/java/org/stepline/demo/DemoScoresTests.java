package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stepline.measures.MeasureRoute;

/** The demo's score histories: realistic trajectories, both routes, and risk answers only where meant. */
class DemoScoresTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final DemoService SERVICE =
            new DemoServiceGenerator(new DemoProperties(2000, 3, 5, 20240401), TODAY).generate();

    private static int practitioner() {
        for (int i = 0; i < SERVICE.staff().size(); i++) {
            if (SERVICE.staff().get(i).username().equals("practitioner")) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private static final DemoScores.Histories SCORES =
            new DemoScores(20240401, TODAY).generate(SERVICE, practitioner());

    @Test
    void everyKindOfTrajectoryAppearsInPlausibleShares() {
        Map<DemoScores.Trajectory, Long> shares = SCORES.trajectories().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(shares).containsOnlyKeys(DemoScores.Trajectory.values());
        assertThat(shares.get(DemoScores.Trajectory.RECOVERING)).isBetween(800L, 1300L);
        assertThat(shares.get(DemoScores.Trajectory.DETERIORATING)).isBetween(100L, 280L);
    }

    @Test
    void scoresStayInRangeAndBothRoutesAreUsed() {
        for (var a : SCORES.administrations()) {
            int max = switch (a.instrument()) {
                case "PHQ9" -> 27;
                case "GAD7" -> 21;
                default -> 40;
            };
            assertThat(a.total()).isBetween(0, max);
        }
        assertThat(SCORES.administrations())
                .extracting(DemoScores.Administration::route)
                .contains(MeasureRoute.IN_SESSION, MeasureRoute.BEFORE_SESSION);
    }

    @Test
    void riskAnswersAppearOnlyWhereAnAlertIsRaisedAndTheRecentOnesAreOpen() {
        var risky = SCORES.risks().stream().map(DemoScores.Risk::administration).collect(Collectors.toSet());
        for (int i = 0; i < SCORES.administrations().size(); i++) {
            var a = SCORES.administrations().get(i);
            if (a.instrument().equals("PHQ9")) {
                assertThat(a.answers()[8])
                        .as("PHQ-9 question 9 of administration %d", i)
                        .isEqualTo(risky.contains(i) ? 1 : 0);
            }
        }
        var open =
                SCORES.risks().stream().filter(r -> r.acknowledgedAt() == null).toList();
        assertThat(open).hasSizeBetween(2, 40);
        assertThat(SCORES.risks().stream().filter(r -> r.acknowledgedAt() != null))
                .isNotEmpty();
        long practitionersOpen = open.stream()
                .map(r -> SERVICE.referrals()
                        .get(SCORES.administrations().get(r.administration()).referral()))
                .filter(ref -> ref.practitioner() != null && ref.practitioner() == practitioner())
                .count();
        assertThat(practitionersOpen).isBetween(1L, 4L);
    }

    @Test
    void theSameSeedGivesTheSameHistories() {
        var again = new DemoScores(20240401, TODAY).generate(SERVICE, practitioner());
        assertThat(again.administrations()).hasSameSizeAs(SCORES.administrations());
        assertThat(again.administrations().get(100).total())
                .isEqualTo(SCORES.administrations().get(100).total());
    }
}

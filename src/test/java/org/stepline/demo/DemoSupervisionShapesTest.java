package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepline.demo.DemoService.Referral;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ReferralStage;

/**
 * Whatever the day the demo is generated on (the service only shifts with the day of the week), the demo
 * practitioner's open caseload has the shapes supervision flags that depend on the planned pathways: a course past
 * eight sessions, two missed appointments in a row, and two weeks without contact while in treatment.
 */
class DemoSupervisionShapesTest {

    private static final DemoProperties DEFAULTS = new DemoProperties(2000, 3, 5, 20240401);

    @ParameterizedTest(name = "generated {0}")
    @ValueSource(
            strings = {"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-10", "2026-01-11"
            })
    void everyDayOfTheWeekGivesThePractitionerPatientsSupervisionWouldFlag(LocalDate today) {
        var mine = new DemoServiceGenerator(DEFAULTS, today)
                .generate().referrals().stream()
                        .filter(r -> r.practitioner() != null
                                && r.practitioner() == 0
                                && r.stage().isOpen())
                        .toList();

        assertThat(mine)
                .filteredOn(r -> r.stage() == ReferralStage.IN_TREATMENT && sessions(r) >= 8)
                .isNotEmpty();
        assertThat(mine).filteredOn(DemoSupervisionShapesTest::lastTwoMissed).isNotEmpty();
        assertThat(mine)
                .filteredOn(r -> r.stage() == ReferralStage.IN_TREATMENT && daysSinceSeen(r, today) >= 14)
                .isNotEmpty();
    }

    private static long sessions(Referral r) {
        return r.appointments().stream()
                .filter(a -> a.attendance().isAttended() && a.type().isTreatment())
                .count();
    }

    private static boolean lastTwoMissed(Referral r) {
        List<DemoService.Appointment> recorded = r.appointments().stream()
                .filter(a -> a.attendance().isOutcome())
                .toList();
        return recorded.size() >= 2
                && recorded.subList(recorded.size() - 2, recorded.size()).stream()
                        .allMatch(a -> a.attendance() == Attendance.DID_NOT_ATTEND);
    }

    private static long daysSinceSeen(Referral r, LocalDate today) {
        var last = r.appointments().stream()
                .filter(a -> a.attendance().isAttended())
                .map(a -> ServiceTime.dateOf(a.startsAt()))
                .max(LocalDate::compareTo)
                .orElse(r.stageEnteredOn());
        return ChronoUnit.DAYS.between(last, today);
    }
}

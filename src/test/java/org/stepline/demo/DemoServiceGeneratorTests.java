package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.stepline.demo.DemoService.Appointment;
import org.stepline.demo.DemoService.Referral;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

class DemoServiceGeneratorTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 26);
    private static final DemoProperties DEFAULTS = new DemoProperties(2000, 3, 5, 20240401);
    private static final DemoService SERVICE = new DemoServiceGenerator(DEFAULTS, TODAY).generate();

    private static List<Appointment> recorded() {
        return SERVICE.appointments().filter(a -> a.attendance().isOutcome()).toList();
    }

    private static double share(List<Appointment> appointments, Predicate<Appointment> which) {
        return 100.0 * appointments.stream().filter(which).count() / appointments.size();
    }

    @Test
    void hasTheConfiguredSizeAndAboutFifteenPractitionersBesidesTheDemoAccounts() {
        assertThat(SERVICE.referrals()).hasSize(2000);
        assertThat(SERVICE.teams()).hasSize(3);
        assertThat(SERVICE.staff()).hasSize(18);
        assertThat(SERVICE.staff().subList(0, 3))
                .extracting(DemoService.Staff::username)
                .containsExactly("practitioner", "supervisor", "manager");
        assertThat(SERVICE.staff().subList(0, 3)).allMatch(s -> s.team() == 0);
        assertThat(SERVICE.staff()).filteredOn(s -> s.step() > 0).allMatch(s -> s.professionalId() != null);
        assertThat(SERVICE.staff()).extracting(DemoService.Staff::step).contains(2, 3);
        assertThat(SERVICE.staff()).extracting(DemoService.Staff::username).doesNotHaveDuplicates();
    }

    @Test
    void contactModesAreAboutSixtyPercentTelephoneTwentyFiveFaceToFaceFifteenVideo() {
        var all = SERVICE.appointments().toList();
        assertThat(share(all, a -> a.mode() == ConsultationMechanism.TELEPHONE)).isCloseTo(60, within(3.0));
        assertThat(share(all, a -> a.mode() == ConsultationMechanism.FACE_TO_FACE))
                .isCloseTo(25, within(3.0));
        assertThat(share(all, a -> a.mode() == ConsultationMechanism.VIDEO)).isCloseTo(15, within(3.0));
    }

    @Test
    void aboutOneContactInTenIsNotAttendedMostlyDidNotAttend() {
        var recorded = recorded();
        double notAttended = share(recorded, a -> !a.attendance().isAttended());
        double dna = share(recorded, a -> a.attendance() == Attendance.DID_NOT_ATTEND);
        assertThat(notAttended).isCloseTo(10, within(2.0));
        assertThat(dna).isGreaterThan(notAttended / 2);
        assertThat(recorded)
                .extracting(Appointment::attendance)
                .contains(Attendance.CANCELLED_BY_PATIENT, Attendance.CANCELLED_BY_SERVICE);
    }

    @Test
    void everyStageIsPresentAtBothSteps() {
        for (int step : new int[] {2, 3}) {
            int s = step;
            assertThat(SERVICE.referrals())
                    .filteredOn(r -> r.step() == s)
                    .extracting(Referral::stage)
                    .contains(ReferralStage.values());
        }
    }

    @Test
    void eachStageAgreesWithTheContacts() {
        for (Referral r : SERVICE.referrals()) {
            boolean assessed = r.appointments().stream()
                    .anyMatch(a -> attended(a) && a.type().isAssessment());
            boolean treated = r.appointments().stream()
                    .anyMatch(a -> attended(a) && a.type().isTreatment());
            switch (r.stage()) {
                case AWAITING_ASSESSMENT ->
                    assertThat(assessed).as(r.pathwayId()).isFalse();
                case AWAITING_TREATMENT ->
                    assertThat(assessed && !treated).as(r.pathwayId()).isTrue();
                case IN_TREATMENT -> assertThat(treated).as(r.pathwayId()).isTrue();
                case DISCHARGED -> {
                    assertThat(r.dischargeDate()).as(r.pathwayId()).isNotNull().isBefore(TODAY);
                    assertThat(CodeList.END_CODE.contains(r.endCode()))
                            .as(r.pathwayId())
                            .isTrue();
                    assertThat(endCodeFits(r.endCode(), assessed, treated))
                            .as(r.pathwayId())
                            .isTrue();
                }
            }
            assertThat(r.dischargeDate() != null).isEqualTo(r.stage() == ReferralStage.DISCHARGED);
        }
    }

    /** "Taken on" endings need treatment, "seen" endings an assessment, and "not assessed" none. */
    private static boolean endCodeFits(String code, boolean assessed, boolean treated) {
        return switch (code) {
            case "46", "47", "48", "49", "96" -> treated;
            case "50" -> !assessed;
            default -> assessed && !treated;
        };
    }

    private static boolean attended(Appointment a) {
        return a.attendance().isAttended();
    }

    @Test
    void stageChangesRecordEachStageEnteredInOrder() {
        for (Referral r : SERVICE.referrals()) {
            var changes = r.stageChanges();
            assertThat(changes.getFirst().stage()).isEqualTo(ReferralStage.AWAITING_ASSESSMENT);
            assertThat(changes.getFirst().enteredOn()).isEqualTo(r.receivedDate());
            assertThat(changes.getLast().stage()).isEqualTo(r.stage());
            assertThat(changes.getLast().enteredOn()).isEqualTo(r.stageEnteredOn());
            for (int i = 1; i < changes.size(); i++) {
                assertThat(changes.get(i).stage())
                        .isGreaterThan(changes.get(i - 1).stage());
                assertThat(changes.get(i).enteredOn())
                        .isAfterOrEqualTo(changes.get(i - 1).enteredOn());
            }
            if (r.stage() == ReferralStage.DISCHARGED && !r.appointments().isEmpty()) {
                assertThat(r.dischargeDate())
                        .isAfterOrEqualTo(
                                ServiceTime.dateOf(r.appointments().getLast().startsAt()));
            }
        }
    }

    @Test
    void patientsHaveValidTestNhsNumbersDramaPhoneNumbersAndAdultAges() {
        var numbers = new HashSet<String>();
        for (var p : SERVICE.patients()) {
            assertThat(p.nhsNumber()).startsWith("999");
            assertThat(NhsNumber.problemWith(p.nhsNumber())).isEmpty();
            assertThat(numbers.add(p.nhsNumber())).as(p.nhsNumber()).isTrue();
            assertThat(ChronoUnit.YEARS.between(p.dateOfBirth(), TODAY)).isBetween(18L, 80L);
            assertThat(p.mobilePhone() == null ? "07700 900000" : p.mobilePhone())
                    .matches("07700 900\\d{3}");
            assertThat(p.landlinePhone() == null ? "01632 960000" : p.landlinePhone())
                    .matches("01632 960\\d{3}");
            assertThat(p.mobilePhone() != null || p.landlinePhone() != null).isTrue();
            assertThat(p.postcode()).matches("[A-Z]{1,2}\\d{1,2} \\d[A-Z]{2}");
            assertThat(CodeList.GENDER_IDENTITY.contains(p.genderCode())).isTrue();
            assertThat(CodeList.ETHNIC_CATEGORY.contains(p.ethnicCategory())).isTrue();
        }
        double voicemail = 100.0
                * SERVICE.patients().stream()
                        .filter(DemoService.Patient::voicemailAllowed)
                        .count()
                / SERVICE.patients().size();
        assertThat(voicemail).isCloseTo(70, within(4.0));
    }

    @Test
    void telephoneContactsCarryCallAttemptsThatFitTheOutcome() {
        for (Referral r : SERVICE.referrals()) {
            boolean voicemailAllowed = SERVICE.patients().get(r.patient()).voicemailAllowed();
            for (Appointment a : r.appointments()) {
                var attempts = a.callAttempts();
                if (!a.mode().isTelephone() || !(attended(a) || a.attendance() == Attendance.DID_NOT_ATTEND)) {
                    assertThat(attempts).isEmpty();
                    continue;
                }
                assertThat(attempts).hasSizeBetween(1, 2);
                assertThat(attempts.getFirst().attemptedAt()).isEqualTo(a.startsAt());
                if (attempts.size() == 2) {
                    assertThat(Duration.between(
                                    attempts.get(0).attemptedAt(),
                                    attempts.get(1).attemptedAt()))
                            .isEqualTo(Duration.ofMinutes(5));
                }
                if (attended(a)) {
                    assertThat(attempts.getLast().outcome()).isEqualTo("ANSWERED");
                    assertThat(a.identityConfirmed()).isTrue();
                    assertThat(a.privateAndSafe()).isTrue();
                    assertThat(a.patientLocation()).isNotBlank();
                } else {
                    assertThat(attempts).hasSize(2).noneMatch(c -> c.outcome().equals("ANSWERED"));
                }
                if (!voicemailAllowed) {
                    assertThat(attempts).noneMatch(c -> c.outcome().equals("VOICEMAIL_LEFT"));
                }
            }
        }
    }

    @Test
    void appointmentsAreOnWeekdaysInWorkingHoursAndOnlyFutureOnesAreUnrecorded() {
        for (Referral r : SERVICE.referrals()) {
            for (Appointment a : r.appointments()) {
                var when = a.startsAt().atZone(ServiceTime.ZONE);
                assertThat(when.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(when.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 30));
                boolean future = !when.toLocalDate().isBefore(TODAY);
                assertThat(a.attendance().isOutcome()).isEqualTo(!future);
                if (future) {
                    assertThat(r.stage().isOpen()).isTrue();
                    assertThat(when.toLocalDate())
                            .isBeforeOrEqualTo(TODAY.plusDays(PathwayPlanner.BOOKING_HORIZON_DAYS));
                }
            }
        }
    }

    @Test
    void aCourseIsOneAssessmentThenUpToFourteenShortSessionsAtStepTwoAndUpToTwentyLongerOnesAtStepThree() {
        for (Referral r : SERVICE.referrals()) {
            var attendedList = r.appointments().stream()
                    .filter(DemoServiceGeneratorTests::attended)
                    .toList();
            assertThat(attendedList.stream().filter(a -> a.type() == AppointmentType.ASSESSMENT))
                    .hasSizeLessThanOrEqualTo(1);
            long sessions =
                    attendedList.stream().filter(a -> a.type().isTreatment()).count();
            // step 2: 5 to 8 sessions, now and then extended at review by up to 6 more
            assertThat(sessions).isLessThanOrEqualTo(r.step() == 2 ? 14 : 20);
            for (var a : attendedList) {
                if (a.type() == AppointmentType.TREATMENT) {
                    assertThat(a.durationMinutes()).isBetween(r.step() == 2 ? 25 : 45, r.step() == 2 ? 35 : 55);
                }
            }
        }
        assertThat(SERVICE.appointments())
                .extracting(Appointment::type)
                .contains(AppointmentType.REVIEW, AppointmentType.REVIEW_AND_TREATMENT);
    }

    @Test
    void mostAreAssessedWithinFourWeeksWithATailOfLongWaits() {
        var assessmentWaits = SERVICE.referrals().stream()
                .flatMap(r -> r.appointments().stream()
                        .filter(a -> attended(a) && a.type().isAssessment())
                        .map(a -> ChronoUnit.DAYS.between(r.receivedDate(), ServiceTime.dateOf(a.startsAt()))))
                .toList();
        assertThat(assessmentWaits.stream().filter(d -> d <= 28).count())
                .isGreaterThan(assessmentWaits.size() * 7L / 10);
        var waitingNow = SERVICE.referrals().stream()
                .filter(r -> r.stage().isWaiting())
                .map(r -> ChronoUnit.DAYS.between(r.receivedDate(), TODAY))
                .toList();
        assertThat(waitingNow.stream().filter(d -> d > 42)).isNotEmpty();
        assertThat(waitingNow.stream().filter(d -> d > 126)).isNotEmpty();
    }

    @Test
    void referralsAreHeldByAClinicianOfTheirTeamAndStep() {
        for (Referral r : SERVICE.referrals()) {
            if (r.practitioner() == null) {
                assertThat(r.appointments()).isEmpty();
                continue;
            }
            var clinician = SERVICE.staff().get(r.practitioner());
            assertThat(clinician.team()).isEqualTo(r.team());
            assertThat(clinician.step()).isEqualTo(r.step());
            assertThat(SERVICE.patients().get(r.patient()).team()).isEqualTo(r.team());
        }
    }

    @Test
    void thePractitionerAccountHasARealisticCaseloadAndAppointmentsInTheNextFewDays() {
        var open = SERVICE.referrals().stream()
                .filter(r -> Integer.valueOf(0).equals(r.practitioner()))
                .filter(r -> r.stage().isOpen())
                .toList();
        assertThat(open).hasSizeBetween(40, 60);
        var nextFewDays = open.stream()
                .flatMap(r -> r.appointments().stream())
                .filter(a -> !a.attendance().isOutcome())
                .filter(a -> ServiceTime.dateOf(a.startsAt()).isBefore(TODAY.plusDays(4)))
                .count();
        assertThat(nextFewDays).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameServiceAndAnotherSeedAnother() {
        var again = new DemoServiceGenerator(DEFAULTS, TODAY).generate();
        assertThat(again).isEqualTo(SERVICE);
        var other = new DemoServiceGenerator(new DemoProperties(2000, 3, 5, 7), TODAY).generate();
        assertThat(other.patients().getFirst()).isNotEqualTo(SERVICE.patients().getFirst());
    }
}

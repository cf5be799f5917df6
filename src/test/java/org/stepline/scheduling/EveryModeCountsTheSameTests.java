package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * The telephone is a treatment room like any other: an attended contact by telephone, face to face or video is
 * read back, dated and counted in exactly the same way.
 */
class EveryModeCountsTheSameTests extends SchedulingWebTest {

    private static final Instant TEN_YESTERDAY =
            YESTERDAY.atTime(10, 0).atZone(ServiceTime.ZONE).toInstant();
    private static final List<ConsultationMechanism> MODES =
            List.of(ConsultationMechanism.TELEPHONE, ConsultationMechanism.FACE_TO_FACE, ConsultationMechanism.VIDEO);

    @Autowired
    ContactHistory history;

    @Test
    void oneAttendedContactInEachModeIsReadDatedAndCountedAlike() throws Exception {
        Map<ConsultationMechanism, Long> patients = new EnumMap<>(ConsultationMechanism.class);
        Map<ConsultationMechanism, Long> referrals = new EnumMap<>(ConsultationMechanism.class);
        for (ConsultationMechanism mode : MODES) {
            long patient = fixture.patient(clinic.teamId(), true, mode.code());
            long referral = fixture.referral(
                    patient, clinic.teamId(), clinic.practitioner().id(), "IN_TREATMENT");
            long appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "10:00", "02", mode.code(), "");
            fixture.recordAttended(mvc, clinic, appointment, mode.code());
            patients.put(mode, patient);
            referrals.put(mode, referral);
        }

        for (ConsultationMechanism mode : MODES) {
            assertThat(history.forPatient(patients.get(mode))).singleElement().satisfies(entry -> {
                assertThat(entry.mode()).isEqualTo(mode);
                assertThat(entry.isRecorded()).isTrue();
                assertThat(entry.attendance()).isEqualTo(Attendance.ATTENDED);
                assertThat(entry.type()).isEqualTo(AppointmentType.TREATMENT);
                assertThat(entry.startsAt()).isEqualTo(TEN_YESTERDAY);
                assertThat(entry.durationMinutes()).isEqualTo(45);
                assertThat(entry.practitionerId())
                        .isEqualTo(clinic.practitioner().id());
            });
        }

        Map<Long, ContactDates> dates = history.datesFor(referrals.values());
        for (ConsultationMechanism mode : MODES) {
            assertThat(dates.get(referrals.get(mode))).isEqualTo(new ContactDates(TEN_YESTERDAY, null, Set.of(mode)));
        }

        var counts =
                history.countsByTeamAndMode(TEN_YESTERDAY.minusSeconds(3600), TEN_YESTERDAY.plusSeconds(3600)).stream()
                        .filter(count -> count.teamId() == clinic.teamId())
                        .toList();
        assertThat(counts)
                .containsExactlyInAnyOrder(
                        new ModeCount(clinic.teamId(), ConsultationMechanism.FACE_TO_FACE, 1, 1, 0),
                        new ModeCount(clinic.teamId(), ConsultationMechanism.TELEPHONE, 1, 1, 0),
                        new ModeCount(clinic.teamId(), ConsultationMechanism.VIDEO, 1, 1, 0));
    }

    @Test
    void theLastContactIsTheLatestWhateverItsMode() throws Exception {
        long patient = fixture.patient(clinic.teamId(), false, "02");
        long phoneLast = fixture.referral(patient, clinic.teamId(), null, "IN_TREATMENT");
        long faceLast = fixture.referral(patient, clinic.teamId(), null, "IN_TREATMENT");
        LocalDate earlier = YESTERDAY.minusDays(7);
        attended(faceLast, earlier, "02");
        attended(phoneLast, earlier, "01");
        attended(phoneLast, YESTERDAY, "02");
        attended(faceLast, YESTERDAY, "01");

        var dates = history.datesFor(List.of(phoneLast, faceLast));
        assertThat(dates.get(phoneLast).lastAttended())
                .isEqualTo(TEN_YESTERDAY)
                .isEqualTo(dates.get(faceLast).lastAttended());
        assertThat(dates.get(phoneLast).modesUsed())
                .isEqualTo(dates.get(faceLast).modesUsed())
                .containsExactlyInAnyOrder(ConsultationMechanism.TELEPHONE, ConsultationMechanism.FACE_TO_FACE);
    }

    @Test
    void aTelephoneDidNotAttendIsCountedLikeAnyOther() throws Exception {
        for (ConsultationMechanism mode :
                List.of(ConsultationMechanism.TELEPHONE, ConsultationMechanism.FACE_TO_FACE)) {
            long patient = fixture.patient(clinic.teamId(), false, mode.code());
            long referral = fixture.referral(patient, clinic.teamId(), null, "AWAITING_ASSESSMENT");
            long appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "10:00", "01", mode.code(), "");
            fixture.recordDidNotAttend(mvc, clinic, appointment, mode.code());
            assertThat(history.datesFor(List.of(referral))).containsEntry(referral, ContactDates.NONE);
        }
        assertThat(history.countsByTeamAndMode(TEN_YESTERDAY, TEN_YESTERDAY.plusSeconds(1)).stream()
                        .filter(count -> count.teamId() == clinic.teamId()))
                .containsExactlyInAnyOrder(
                        new ModeCount(clinic.teamId(), ConsultationMechanism.FACE_TO_FACE, 1, 0, 1),
                        new ModeCount(clinic.teamId(), ConsultationMechanism.TELEPHONE, 1, 0, 1));
    }

    private void attended(long referral, LocalDate date, String mode) throws Exception {
        fixture.recordAttended(mvc, clinic, fixture.book(mvc, clinic, referral, date, "10:00", "02", mode, ""), mode);
    }
}

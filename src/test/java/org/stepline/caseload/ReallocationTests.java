package org.stepline.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.events.ContactRecorded;

/**
 * Moving one referral or a whole caseload to another practitioner of the team, through the pages, against the real
 * database: the referral moves, its booked appointments follow when the new practitioner is free and are marked to
 * rebook when not, every move is audited, the outcome row and the supervision actions follow at once, and only
 * supervisors and administrators may, to a practitioner of the same team.
 */
class ReallocationTests extends PageTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /** A team where {@code leaving} holds two referrals, one with a past contact and three appointments to come. */
    final class Team {
        final CaseloadFixtures make = fixtures();
        final long team = make.team("Realloc");
        final CurrentStaff leaving = make.staff(Role.PRACTITIONER, team);
        final CurrentStaff taking = make.staff(Role.PRACTITIONER, team);
        final CurrentStaff supervisor = make.staff(Role.SUPERVISOR, team);
        final String firstName = CaseloadFixtures.unique("Moved");
        final String secondName = CaseloadFixtures.unique("Alsomoved");
        final long firstPatient = make.patient(team, "Ada", firstName);
        final long first = make.referral(
                firstPatient,
                team,
                leaving.id(),
                ReferralStage.IN_TREATMENT,
                today().minusDays(60),
                today().minusDays(30));
        final long secondPatient = make.patient(team, "Bea", secondName);
        final long second = make.referral(
                secondPatient,
                team,
                leaving.id(),
                ReferralStage.AWAITING_TREATMENT,
                today().minusDays(20),
                today().minusDays(10));
        // taking's own patient, booked on the second day at ten
        final long theirs = make.referral(
                make.patient(team, "Cal", CaseloadFixtures.unique("Theirs")),
                team,
                taking.id(),
                ReferralStage.IN_TREATMENT,
                today().minusDays(40),
                today().minusDays(20));
        final long past = booked(first, leaving.id(), at(-2, 9), Attendance.ATTENDED);
        final long free = booked(first, leaving.id(), at(3, 10), Attendance.NOT_YET); // taking is free then
        final long clashing = booked(first, leaving.id(), at(4, 10), Attendance.NOT_YET); // taking is booked then
        final long away = booked(second, leaving.id(), at(5, 14), Attendance.NOT_YET); // taking is on leave then
        final String action = CaseloadFixtures.unique("Call the GP about ");

        Team() {
            booked(theirs, taking.id(), at(4, 10).plusSeconds(20 * 60), Attendance.NOT_YET);
            jdbc.sql("""
                    insert into availability_change (practitioner_id, kind, starts_at, ends_at, reason)
                    values (?, 'UNAVAILABLE', ?, ?, 'Annual leave')""").params(taking.id(), utc(at(5, 0)), utc(at(6, 0))).update();
            long note = jdbc.sql("""
                    insert into supervision_note (patient_id, referral_id, team_id, discussion, decision, recorded_by)
                    values (?, ?, ?, 'Progress reviewed', 'CONTINUE', ?) returning id""")
                    .params(firstPatient, first, team, supervisor.id())
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into supervision_action (note_id, description, owner_id, due_on) values (?, ?, ?, ?)")
                    .params(note, action, leaving.id(), today().plusDays(7))
                    .update();
            // the outcome row as a recorded contact leaves it: with the practitioner holding the referral
            transactions.executeWithoutResult(status -> events.publishEvent(new ContactRecorded(
                    past,
                    first,
                    firstPatient,
                    AppointmentType.TREATMENT,
                    ConsultationMechanism.TELEPHONE,
                    Attendance.ATTENDED,
                    today().minusDays(2))));
        }

        long booked(long referral, long practitioner, Instant startsAt, Attendance attendance) {
            return jdbc.sql("""
                    insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                        cons_mechanism, booked_mechanism, attendance, planned_minutes)
                    select id, patient_id, team_id, ?, ?, '02', '02', '02', ?, 50 from referral where id = ? returning id""")
                    .params(practitioner, utc(startsAt), attendance.code(), referral)
                    .query(Long.class)
                    .single();
        }
    }

    @Test
    void aSupervisorMovesOneReferralAndItsAppointmentsOutcomeAndActionsFollow() throws Exception {
        var t = new Team();
        assertThat(outcomePractitioner(t.first)).isEqualTo(t.leaving.id());
        assertThat(page(t.supervisor, "/patients/" + t.firstPatient)).contains("/reallocate/referrals/" + t.first);
        assertThat(page(t.supervisor, "/reallocate/referrals/" + t.first))
                .contains("Move referral", t.leaving.displayName(), t.taking.displayName());

        mvc.perform(post("/reallocate/referrals/" + t.first)
                        .param("practitioner", String.valueOf(t.taking.id()))
                        .with(user(StaffPrincipal.of(t.supervisor)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/patients/" + t.firstPatient))
                .andExpect(flash().attribute(
                                "flash",
                                Matchers.allOf(
                                        Matchers.containsString("moved to " + t.taking.displayName()),
                                        Matchers.containsString(
                                                "1 booked appointment is now with " + t.taking.displayName()),
                                        Matchers.containsString("1 appointment could not move"))));

        assertThat(holder(t.first)).isEqualTo(t.taking.id());
        assertThat(holder(t.second)).as("only the one referral moves").isEqualTo(t.leaving.id());
        assertThat(appointmentHolder(t.free)).isEqualTo(t.taking.id());
        assertThat(rebookReason(t.free)).isNull();
        assertThat(appointmentHolder(t.clashing)).isEqualTo(t.leaving.id());
        assertThat(rebookReason(t.clashing)).contains(t.taking.displayName() + " already has an appointment then");
        assertThat(appointmentHolder(t.past))
                .as("what happened stays with who did it")
                .isEqualTo(t.leaving.id());
        assertThat(audit(t.firstPatient))
                .contains(
                        "UPDATE Moved referral " + pathway(t.first) + " from " + t.leaving.displayName() + " to "
                                + t.taking.displayName(),
                        "UPDATE 1 open supervision action handed to the referral's new practitioner")
                .anyMatch(entry -> entry.startsWith("UPDATE Appointment on ") && entry.contains("marked to rebook"))
                .anyMatch(entry -> entry.startsWith("UPDATE Appointment on ") && entry.contains("moved from"));

        // the outcome row and supervision follow in the same transaction
        assertThat(outcomePractitioner(t.first)).isEqualTo(t.taking.id());
        assertThat(jdbc.sql("""
                select a.owner_id from supervision_action a join supervision_note n on n.id = a.note_id
                where n.referral_id = ?""").param(t.first).query(Long.class).single()).isEqualTo(t.taking.id());
        assertThat(page(t.supervisor, "/supervision/" + t.taking.id())).contains(t.firstName.toUpperCase());
        assertThat(page(t.supervisor, "/supervision/" + t.leaving.id())).doesNotContain(t.firstName.toUpperCase());
        assertThat(page(t.taking, "/caseload")).contains(t.firstName.toUpperCase(), t.action);
        assertThat(page(t.leaving, "/caseload")).doesNotContain(t.firstName.toUpperCase(), t.action);
        // the appointment to rebook says so on the record
        assertThat(page(t.supervisor, "/patients/" + t.firstPatient))
                .contains("To rebook", "Still with " + t.leaving.displayName());
    }

    @Test
    void anAdministratorMovesAWholeCaseloadFromTheAccountPage() throws Exception {
        var t = new Team();
        var admin = t.make.staff(Role.ADMIN, null);
        assertThat(page(admin, "/admin/users/" + t.leaving.id()))
                .contains("/reallocate/practitioners/" + t.leaving.id());
        assertThat(page(admin, "/reallocate/practitioners/" + t.leaving.id()))
                .contains("holds 2 open referrals")
                .doesNotContain(t.firstName.toUpperCase(), t.firstName);

        mvc.perform(post("/reallocate/practitioners/" + t.leaving.id())
                        .param("practitioner", String.valueOf(t.taking.id()))
                        .with(user(StaffPrincipal.of(admin)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users/" + t.leaving.id()))
                .andExpect(flash().attribute(
                                "flash",
                                Matchers.containsString("2 open referrals moved from " + t.leaving.displayName()
                                        + " to " + t.taking.displayName())));

        assertThat(List.of(holder(t.first), holder(t.second))).containsOnly(t.taking.id());
        assertThat(appointmentHolder(t.free)).isEqualTo(t.taking.id());
        assertThat(rebookReason(t.clashing)).isNotNull();
        assertThat(appointmentHolder(t.away)).isEqualTo(t.leaving.id());
        assertThat(rebookReason(t.away)).contains("is marked unavailable then (Annual leave)");
        assertThat(audit(t.secondPatient))
                .contains("UPDATE Moved referral " + pathway(t.second) + " from " + t.leaving.displayName() + " to "
                        + t.taking.displayName());
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and detail = ?")
                        .params(
                                admin.id(),
                                "Moved the caseload of " + t.leaving.displayName() + " to " + t.taking.displayName()
                                        + " (2 open referrals, " + teamName(t.team) + ")")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(outcomePractitioner(t.first)).isEqualTo(t.taking.id());
        // the practitioner's caseload page, seen by their supervisor, offers the same move
        assertThat(page(t.supervisor, "/caseload?practitioner=" + t.taking.id()))
                .contains("/reallocate/practitioners/" + t.taking.id());
    }

    @Test
    void anAdministratorMovesOneReferralByItsPathwayIdWithoutSeeingThePatient() throws Exception {
        var t = new Team();
        var admin = t.make.staff(Role.ADMIN, null);
        assertThat(page(admin, "/admin/users/" + t.leaving.id()))
                .contains("/reallocate/practitioners/" + t.leaving.id() + "/one");
        assertThat(page(admin, "/reallocate/practitioners/" + t.leaving.id() + "/one"))
                .contains("Move one referral of " + t.leaving.displayName(), "holds 2 open referrals")
                .doesNotContain(t.firstName, t.secondName);

        String unknown = mvc.perform(post("/reallocate/practitioners/" + t.leaving.id() + "/one")
                        .param("pathwayId", "NOT-HERE-1")
                        .param("practitioner", "")
                        .with(user(StaffPrincipal.of(admin)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknown)
                .contains("Error: ", "value=\"NOT-HERE-1\"")
                .containsPattern("(?s)id=\"pathwayId-error\">.*" + t.leaving.displayName()
                        + " holds no open referral with pathway ID NOT-HERE-1")
                .containsPattern("(?s)id=\"practitioner-error\">.*Choose the practitioner to move to");
        assertThat(List.of(holder(t.first), holder(t.second))).containsOnly(t.leaving.id());

        mvc.perform(post("/reallocate/practitioners/" + t.leaving.id() + "/one")
                        .param("pathwayId", " " + pathway(t.second).toLowerCase() + " ")
                        .param("practitioner", String.valueOf(t.taking.id()))
                        .with(user(StaffPrincipal.of(admin)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users/" + t.leaving.id()))
                .andExpect(flash().attribute(
                                "flash",
                                Matchers.allOf(
                                        Matchers.containsString("Referral " + pathway(t.second) + " moved from "
                                                + t.leaving.displayName() + " to " + t.taking.displayName()),
                                        Matchers.containsString("could not move"))));

        assertThat(holder(t.second)).isEqualTo(t.taking.id());
        assertThat(holder(t.first)).isEqualTo(t.leaving.id());
        assertThat(appointmentHolder(t.free)).isEqualTo(t.leaving.id());
        assertThat(rebookReason(t.away)).contains("is marked unavailable then (Annual leave)");
        assertThat(audit(t.secondPatient))
                .contains("UPDATE Moved referral " + pathway(t.second) + " from " + t.leaving.displayName() + " to "
                        + t.taking.displayName());
        assertThat(audit(t.firstPatient)).noneMatch(line -> line.contains("Moved referral"));
        // a supervisor of another team may not
        var elsewhere = t.make.staff(Role.SUPERVISOR, t.make.team("Realloc one other"));
        mvc.perform(post("/reallocate/practitioners/" + t.leaving.id() + "/one")
                        .param("pathwayId", pathway(t.first))
                        .param("practitioner", String.valueOf(t.taking.id()))
                        .with(user(StaffPrincipal.of(elsewhere)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(holder(t.first)).isEqualTo(t.leaving.id());
    }

    @Test
    void aPractitionerIsRefused() throws Exception {
        var t = new Team();
        for (String path : List.of("/reallocate/referrals/" + t.first, "/reallocate/practitioners/" + t.leaving.id())) {
            mvc.perform(post(path)
                            .param("practitioner", String.valueOf(t.taking.id()))
                            .with(user(StaffPrincipal.of(t.taking)))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).with(user(StaffPrincipal.of(t.leaving)))).andExpect(status().isForbidden());
        }
        assertThat(page(t.taking, "/patients/" + t.firstPatient)).doesNotContain("/reallocate/");
        assertThat(List.of(holder(t.first), holder(t.second))).containsOnly(t.leaving.id());
        assertThat(appointmentHolder(t.free)).isEqualTo(t.leaving.id());
    }

    @Test
    void aSupervisorOfAnotherTeamIsRefusedTheCaseload() throws Exception {
        var t = new Team();
        var elsewhere = t.make.staff(Role.SUPERVISOR, t.make.team("Realloc other"));
        mvc.perform(get("/reallocate/practitioners/" + t.leaving.id()).with(user(StaffPrincipal.of(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reallocate/practitioners/" + t.leaving.id())
                        .param("practitioner", String.valueOf(elsewhere.id()))
                        .with(user(StaffPrincipal.of(elsewhere)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(holder(t.first)).isEqualTo(t.leaving.id());
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'DENIED'")
                        .param(elsewhere.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aPractitionerOfAnotherTeamIsRefusedWithAMessageNextToTheField() throws Exception {
        var t = new Team();
        var outsider = t.make.staff(Role.PRACTITIONER, t.make.team("Realloc other"));
        for (String path : List.of("/reallocate/referrals/" + t.first, "/reallocate/practitioners/" + t.leaving.id())) {
            String html = mvc.perform(post(path)
                            .param("practitioner", String.valueOf(outsider.id()))
                            .with(user(StaffPrincipal.of(t.supervisor)))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html)
                    .contains("Error: ", "There is a problem", "nhsuk-form-group--error")
                    .containsPattern("(?s)id=\"practitioner-error\">.*" + outsider.displayName()
                            + " works in another team .*Choose a practitioner of " + teamName(t.team));
        }
        String blank = mvc.perform(post("/reallocate/referrals/" + t.first)
                        .param("practitioner", "")
                        .with(user(StaffPrincipal.of(t.supervisor)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(blank).contains("Choose the practitioner to move to");
        assertThat(List.of(holder(t.first), holder(t.second))).containsOnly(t.leaving.id());
        assertThat(appointmentHolder(t.free)).isEqualTo(t.leaving.id());
    }

    private long holder(long referral) {
        return jdbc.sql("select practitioner_id from referral where id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private String pathway(long referral) {
        return jdbc.sql("select pathway_id from referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }

    private long appointmentHolder(long appointment) {
        return jdbc.sql("select practitioner_id from appointment where id = ?")
                .param(appointment)
                .query(Long.class)
                .single();
    }

    private @Nullable String rebookReason(long appointment) {
        return jdbc.sql("select rebook_reason from appointment where id = ?")
                .param(appointment)
                .query(String.class)
                .list()
                .getFirst();
    }

    private @Nullable Long outcomePractitioner(long referral) {
        return jdbc
                .sql("select practitioner_id from pathway_outcome where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private List<String> audit(long patient) {
        return jdbc.sql("select action || ' ' || detail from audit_event where patient_id = ? order by id")
                .param(patient)
                .query(String.class)
                .list();
    }

    private static LocalDate today() {
        return LocalDate.now(ServiceTime.ZONE);
    }

    /** {@code days} from today at {@code hour} o'clock, UK time. */
    private static Instant at(int days, int hour) {
        return today().plusDays(days)
                .atTime(LocalTime.of(hour, 0))
                .atZone(ServiceTime.ZONE)
                .toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;

/**
 * The choice-of-mode report against known bookings of a new team, in a month of 2019 nobody else uses. The team:
 * eight bookings in March 2019 (one cancelled, which still counts), six offered a choice, of which five patients
 * had a preferred mode and three chose it; one offered a single mode; one booked before modes were recorded.
 * One more booking in April is outside the period; one imported contact is never counted.
 */
class ChoiceReportTests extends SchedulingWebTest {

    private static final String PERIOD = "?from=2019-03-01&to=2019-03-31";

    private CurrentStaff supervisor;
    private String team;

    @BeforeEach
    void knownBookings() {
        team = jdbc.sql("select name from team where id = ?")
                .param(clinic.teamId())
                .query(String.class)
                .single();
        supervisor = staff(clinic.teamId(), Role.SUPERVISOR);
        long referral = fixture.referral(
                fixture.patient(clinic.teamId(), true, "02"),
                clinic.teamId(),
                clinic.practitioner().id(),
                "IN_TREATMENT");
        // day of March, chosen mode, modes offered, preferred mode, attendance
        book(referral, 4, "02", "{02,11}", "02", "0");
        book(referral, 5, "02", "{01,02}", "02", "5");
        book(referral, 6, "02", "{01,02,11}", "11", "5");
        book(referral, 7, "11", "{02,11}", "11", "4");
        book(referral, 8, "11", "{02,11}", null, "5");
        book(referral, 11, "01", "{01,02}", "02", "5");
        book(referral, 12, "02", "{02}", "01", "5");
        book(referral, 13, "02", null, null, "5");
        bookOn(referral, LocalDate.of(2019, 4, 2), "02", "{02,11}", "02", "0", null);
        bookOn(referral, LocalDate.of(2019, 3, 14), "02", null, null, "5", "IMPORTED-" + UUID.randomUUID());
    }

    @Test
    void aSupervisorSeesTheirTeamsFigures() throws Exception {
        String html = page("/reports/choice" + PERIOD, as(supervisor));
        String row = html.substring(html.indexOf("data-team=\"" + team + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row.replaceAll("\\s+", " ")).contains(">8<", ">6 (86%)<", ">3 of 5 (60%)<", ">1<");
        assertThat(html)
                .contains(
                        "Chose Telephone",
                        "Chose Video",
                        "Chose Face to face",
                        "<svg",
                        "role=\"img\"",
                        "/reports/choice.csv?from=2019-03-01&amp;to=2019-03-31");
    }

    @Test
    void theCsvSuppressesSmallNumbers() throws Exception {
        String csv = page("/reports/choice.csv" + PERIOD, as(supervisor));
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("Team,Bookings,ChoiceNotRecorded,"
                        + "ChoiceOffered,ChoiceOfferedPercent,Chose01 Face to face,Chose02 Telephone,Chose11 Video,"
                        + "ChoiceWithPreference,ChoseTheirPreference,ChoseTheirPreferencePercent");
        // 1 not recorded, 1 offered one mode, 6 a choice (1, 3 and 2 chose each mode), 3 of 5 chose their
        // preference. Before, "5" and "60.0" gave the hidden 3 back, and 8 - 6 the hidden 1 + 1.
        assertThat(csv.lines()).contains(team + ",8,*,6,*,*,*,*,*,*,*");
    }

    @Test
    void aManagerSeesEveryTeamAndASupervisorOnlyTheirOwn() throws Exception {
        var manager = as(staff(null, Role.MANAGER));
        var elsewhere = as(staff(fixture.clinic().teamId(), Role.SUPERVISOR));
        assertThat(page("/reports/choice" + PERIOD, manager)).contains("data-team=\"" + team + "\"");
        assertThat(page("/reports/choice" + PERIOD, elsewhere)).doesNotContain(team);
        mvc.perform(get("/reports/choice").with(clinic.signedIn())).andExpect(status().isForbidden());
    }

    @Test
    void aWrongPeriodIsExplained() throws Exception {
        assertThat(page("/reports/choice?from=2019-03-31&to=2019-03-01", as(supervisor)))
                .contains("id=\"to-error\"", "The last day must be on or after the first day");
    }

    private void book(long referral, int day, String chosen, String offered, String preferred, String attendance) {
        bookOn(referral, LocalDate.of(2019, 3, day), chosen, offered, preferred, attendance, null);
    }

    private void bookOn(
            long referral,
            LocalDate day,
            String chosen,
            String offered,
            String preferred,
            String attendance,
            String careContactId) {
        jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                                         cons_mechanism, booked_mechanism, planned_minutes, attendance,
                                         modes_offered, preferred_mechanism, care_contact_id)
                select id, patient_id, team_id, practitioner_id, ?, '02', ?, ?, 50, ?, ?::char(2)[], ?, ?
                from referral where id = ?""")
                .params(
                        OffsetDateTime.ofInstant(
                                day.atTime(10, 0).atZone(ServiceTime.ZONE).toInstant(), ZoneOffset.UTC),
                        chosen,
                        chosen,
                        attendance,
                        offered,
                        preferred,
                        careContactId,
                        referral)
                .update();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private CurrentStaff staff(Long teamId, Role role) {
        String username = role.name().toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        long id = enrolment.enrol(username, "Staff " + username, SchedulingFixture.PASSWORD, role, teamId, null);
        return new CurrentStaff(id, username, "Staff " + username, role, teamId);
    }

    private static RequestPostProcessor as(CurrentStaff staff) {
        return user(StaffPrincipal.of(staff));
    }
}

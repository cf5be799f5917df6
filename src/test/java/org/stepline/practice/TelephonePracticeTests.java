package org.stepline.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;
import static org.stepline.TreatedPathways.gad7;
import static org.stepline.TreatedPathways.phq9;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.TestRecords;
import org.stepline.TreatedPathways;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.scheduling.CallSettings;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.DateField;

/**
 * The telephone practice page and the practitioner's own view, from a pathway treated by telephone from a quiet
 * room and recovered: the figures come from the outcome engine, and only the right people see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TelephonePracticeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallSettings settings;

    private TreatedPathways pathways;
    private TreatedPathways.Pathway sam;
    private String period;

    @BeforeEach
    void aPathwayTreatedByTelephoneFromAQuietRoom() throws Exception {
        pathways = new TreatedPathways(mvc, jdbc);
        sam = pathways.newPathway("Sam", "F32");
        long assessment = pathways.appointment(sam, 40, "01", "02");
        pathways.score(sam, assessment, "PHQ9", phq9(18));
        pathways.score(sam, assessment, "GAD7", gad7(14));
        pathways.attended(sam, assessment, "02");
        long first = pathways.appointment(sam, 30, "02", "02");
        long last = pathways.appointment(sam, 20, "02", "02");
        pathways.attended(sam, first, "02");
        pathways.score(sam, last, "PHQ9", phq9(5));
        pathways.score(sam, last, "GAD7", gad7(4));
        pathways.attended(sam, last, "02");
        for (long contact : new long[] {assessment, first, last}) {
            settings.recordWhereTaken(contact, "quiet-room");
        }
        pathways.discharge(sam, "46");
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        period = "from=" + DateField.format(today.minusDays(60)) + "&to=" + DateField.format(today);
    }

    @Autowired
    org.stepline.identity.StaffEnrolment enrolment;

    private CurrentStaff staff(Role role, Long team) {
        return new org.stepline.caseload.CaseloadFixtures(jdbc, enrolment).staff(role, team);
    }

    private String page(CurrentStaff who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The cell of a breakdown table for a figure and a column. */
    private static String cell(String html, String table, String figure, int column) {
        int at = html.indexOf("data-testid=\"" + table + "\"");
        assertThat(at).as(table).isPositive();
        int row = html.indexOf("data-figure=\"" + figure + "\"", at);
        String[] cells = html.substring(row, html.indexOf("</tr>", row)).split("<td>");
        return cells[column];
    }

    @Test
    void theTeamsPageShowsTheOutcomeEnginesFiguresByModeAndByWhereCallsWereTaken() throws Exception {
        var manager = staff(Role.MANAGER, sam.teamId());
        String html = page(manager, "/practice?team=" + sam.teamId() + "&" + period);
        // columns: All, Face to face, Telephone, Video …
        assertThat(cell(html, "by-mode", "recovery", 1)).contains("100.0%", "1 of 1", "†");
        assertThat(cell(html, "by-mode", "recovery", 3)).contains("100.0%", "1 of 1");
        assertThat(cell(html, "by-mode", "recovery", 2)).contains("no data");
        assertThat(cell(html, "by-mode", "treated-once", 3)).contains("0 of 1");
        assertThat(html).contains("<th scope=\"col\" data-group=\"quiet-room\">A quiet room at work</th>");
        int quietRoom =
                1 + java.util.List.of("home", "quiet-room").indexOf("quiet-room") + 1; // All, At home, quiet room
        assertThat(cell(html, "by-setting", "recovery", quietRoom)).contains("1 of 1");
        assertThat(cell(html, "by-setting", "recovery", 2)).contains("no data");
        assertThat(html)
                .contains(
                        "data-testid=\"contacts\"",
                        "Recovery by treatment mode, with 95% intervals",
                        "data-testid=\"training\"",
                        "How staff see telephone work (NoMAD)");
    }

    @Test
    void aSupervisorSeesTheirOwnTeamOnlyAndPractitionersNotAtAll() throws Exception {
        var supervisor = staff(Role.SUPERVISOR, sam.teamId());
        assertThat(page(supervisor, "/practice?" + period)).contains(teamName(sam.teamId()));
        long otherTeam = new TestRecords(jdbc).team();
        mvc.perform(get("/practice?team=" + otherTeam).with(as(supervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/practice").with(as(sam.practitioner()))).andExpect(status().isForbidden());
        mvc.perform(get("/practice").with(as(staff(Role.ADMIN, null)))).andExpect(status().isForbidden());
    }

    @Test
    void thePractitionersOwnViewIsForThemTheirSupervisorAndTheManagerOnly() throws Exception {
        String path = "/practice/practitioners/" + sam.practitioner().id() + "?" + period;
        String own = page(sam.practitioner(), "/practice/me?" + period);
        assertThat(cell(own, "mine", "recovery", 3)).contains("1 of 1");
        assertThat(own).contains("data-testid=\"team\"", "data-testid=\"service\"");
        page(staff(Role.SUPERVISOR, sam.teamId()), path);
        page(staff(Role.MANAGER, null), path);

        long otherTeam = new TestRecords(jdbc).team();
        for (var stranger : java.util.List.of(
                staff(Role.PRACTITIONER, sam.teamId()),
                staff(Role.SUPERVISOR, otherTeam),
                staff(Role.PRACTITIONER, otherTeam),
                staff(Role.ADMIN, null))) {
            mvc.perform(get(path).with(as(stranger))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from audit_event where detail = ?")
                        .param("Refused the telephone work view of staff "
                                + sam.practitioner().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aPeriodThatIsNotADateIsShownBesideTheFieldAsTyped() throws Exception {
        String html = page(staff(Role.MANAGER, null), "/practice?from=31/2/2026&to=yesterday");
        assertThat(html).contains("The first day must be a real date", "value=\"31/2/2026\"", "value=\"yesterday\"");
    }

    private String teamName(long team) {
        return jdbc.sql("select name from team where id = ?")
                .param(team)
                .query(String.class)
                .single();
    }
}

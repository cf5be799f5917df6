package org.stepline.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepline.TestRecords;
import org.stepline.identity.Role;

/**
 * The board end to end through the web layer and the real database: opening it from a referral, sharing it by code
 * and date of birth (wrong code, wrong date of birth, expiry, ended sharing, a second patient, the address limit),
 * what the patient sees, two people changing one entry at once, and the versions kept on closing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormulationBoardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TestRecords.World world;
    long boardId;
    final String address = "127.0." + (TestRecords.next() % 250) + "." + (TestRecords.next() % 250);

    @BeforeEach
    void aBoardOpenedFromTheReferral() throws Exception {
        world = new TestRecords(jdbc).world();
        var opened = mvc.perform(post("/referrals/" + world.referralId() + "/formulation")
                        .param("model", "FIVE_AREAS")
                        .with(as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        boardId = Long.parseLong(opened.getResponse().getRedirectedUrl().replace("/formulation/", ""));
    }

    @Test
    void thePractitionerSeesTheModelsBoxesInReadingOrderAndAClinicianOfAnotherTeamIsRefused() throws Exception {
        String page = html(mvc.perform(get("/formulation/" + boardId).with(as(world.practitioner())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains("Formulation with Alex Tester", "Altered thinking", "Situation", "Williams")
                .containsSubsequence(
                        "Altered thinking",
                        "Altered behaviour",
                        "Situation",
                        "Altered feelings",
                        "Altered physical symptoms");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and detail like 'Viewed the formulation board%'")
                        .param(world.patientId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var stranger = new TestRecords(jdbc).clinician(new TestRecords(jdbc).team(), Role.PRACTITIONER);
        mvc.perform(get("/formulation/" + boardId).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/formulation/" + boardId))
                .andExpect(status().is3xxRedirection()); // not signed in: sign-in page
    }

    @Test
    void thePatientJoinsWithTheCodeAndDateOfBirthAndSeesOnlyTheBoardAndTheirFirstName() throws Exception {
        String code = startSharing();
        Cookie cookie = join(code, "27", "3", "1985").andReturn().getResponse().getCookie("stepline_board");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();

        String page = html(mvc.perform(get("/join/board").cookie(cookie))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("Hello Alex", "Altered thinking").doesNotContain("Tester", "NHS number", "Sign out");

        mvc.perform(post("/join/board/entries")
                        .cookie(cookie)
                        .with(csrf())
                        .param("box", "thinking")
                        .param("text", "I'll mess it up")
                        .header("Accept", "application/json"))
                .andExpect(status().isOk());
        String practitionerPage =
                html(mvc.perform(get("/formulation/" + boardId).with(as(world.practitioner())))
                        .andReturn());
        assertThat(practitionerPage).contains("I&#39;ll mess it up", "(Patient)");
    }

    @Test
    void aWrongCodeIsRefusedAndWhatWasTypedIsKept() throws Exception {
        startSharing();
        String page = html(join("000000".equals(currentCode()) ? "000001" : "000000", "27", "3", "1985")
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page).contains("That code is not recognised").contains("value=\"27\"");
        assertThat(html(join("12ab", "27", "3", "1985")
                        .andExpect(status().isBadRequest())
                        .andReturn()))
                .contains("Enter the 6-digit code")
                .contains("value=\"12ab\"");
    }

    @Test
    void aWrongDateOfBirthCountsDownAndEndsTheCodeAfterThreeTries() throws Exception {
        String code = startSharing();
        assertThat(html(join(code, "28", "3", "1985")
                        .andExpect(status().isBadRequest())
                        .andReturn()))
                .contains("does not match our records", "2 tries left");
        assertThat(html(join(code, "28", "3", "1985").andReturn())).contains("1 try left");
        assertThat(html(join(code, "28", "3", "1985").andReturn())).contains("no longer works");
        assertThat(html(join(code, "27", "3", "1985")
                        .andExpect(status().isBadRequest())
                        .andReturn()))
                .contains("not recognised");
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ? and action = 'DENIED'")
                        .param(world.patientId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void anExpiredCodeDoesNotWork() throws Exception {
        String code = startSharing();
        jdbc.sql(
                        "update formulation_share set started_at = now() - interval '61 minutes', expires_at = now() - interval '1 minute' where board_id = ?")
                .param(boardId)
                .update();
        assertThat(html(join(code, "27", "3", "1985")
                        .andExpect(status().isBadRequest())
                        .andReturn()))
                .contains("That code has expired");
    }

    @Test
    void aCodeWorksForOnePatientOnly() throws Exception {
        String code = startSharing();
        join(code, "27", "3", "1985").andExpect(status().is3xxRedirection());
        assertThat(html(join(code, "27", "3", "1985")
                        .andExpect(status().isBadRequest())
                        .andReturn()))
                .contains("already been used");
    }

    @Test
    void aCodeWorksOnlyWhileThePractitionerHasTheBoardOpen() throws Exception {
        mvc.perform(post("/formulation/" + boardId + "/share")
                .with(as(world.practitioner()))
                .with(csrf()));
        assertThat(html(join(currentCode(), "27", "3", "1985")
                        .andExpect(status().isBadRequest())
                        .andReturn()))
                .contains("does not have the board open");
    }

    @Test
    void endingTheSharingStopsTheCodeAndThePatientsPage() throws Exception {
        String code = startSharing();
        Cookie cookie = join(code, "27", "3", "1985").andReturn().getResponse().getCookie("stepline_board");
        mvc.perform(post("/formulation/" + boardId + "/share/end")
                        .with(as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(html(mvc.perform(get("/join/board").cookie(cookie))
                        .andExpect(status().isGone())
                        .andReturn()))
                .contains("Sharing has ended", "Your practitioner has ended the sharing");
        mvc.perform(post("/join/board/entries")
                        .cookie(cookie)
                        .with(csrf())
                        .param("box", "thinking")
                        .param("text", "late")
                        .header("Accept", "application/json"))
                .andExpect(status().isGone());
        assertThat(html(join(code, "27", "3", "1985")
                        .andExpect(status().isBadRequest())
                        .andReturn()))
                .contains("not recognised");
        assertThat(jdbc.sql("select body->>'type' from formulation_change where board_id = ? order by seq desc limit 1")
                        .param(boardId)
                        .query(String.class)
                        .single())
                .isEqualTo("ended");
    }

    @Test
    void anAddressHasTenTriesIn15Minutes() throws Exception {
        startSharing();
        for (int i = 0; i < 10; i++) {
            join("999999", "1", "1", "1990").andExpect(status().isBadRequest());
        }
        assertThat(html(join(currentCode(), "27", "3", "1985")
                        .andExpect(status().isTooManyRequests())
                        .andReturn()))
                .contains("too many tries");
    }

    @Test
    void twoPeopleChangingOneEntryAtOnceKeepBothWordings() throws Exception {
        String code = startSharing();
        Cookie cookie = join(code, "27", "3", "1985").andReturn().getResponse().getCookie("stepline_board");
        mvc.perform(post("/formulation/" + boardId + "/entries")
                        .with(as(world.practitioner()))
                        .with(csrf())
                        .param("box", "feelings")
                        .param("text", "Sad")
                        .header("Accept", "application/json"))
                .andExpect(status().isOk());
        long entry = jdbc.sql("select id from formulation_entry where board_id = ?")
                .param(boardId)
                .query(Long.class)
                .single();

        mvc.perform(post("/formulation/" + boardId + "/entries/" + entry)
                        .with(as(world.practitioner()))
                        .with(csrf())
                        .param("version", "1")
                        .param("text", "Sad and tired")
                        .header("Accept", "application/json"))
                .andExpect(status().isOk());
        String answer = mvc.perform(post("/join/board/entries/" + entry)
                        .cookie(cookie)
                        .with(csrf())
                        .param("version", "1")
                        .param("text", "Sad, hopeless")
                        .header("Accept", "application/json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer).contains("both versions are kept");
        assertThat(jdbc.sql("select text from formulation_entry where board_id = ? and not removed order by id")
                        .param(boardId)
                        .query(String.class)
                        .list())
                .containsExactly("Sad and tired", "Sad, hopeless");
        // a removal from an old version is not carried out either
        mvc.perform(post("/join/board/entries/" + entry + "/remove")
                        .cookie(cookie)
                        .with(csrf())
                        .param("version", "1")
                        .header("Accept", "application/json"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select removed from formulation_entry where id = ?")
                        .param(entry)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void anEmptyOrOverlongEntryIsRefusedWithAMessageAndNothingSaved() throws Exception {
        String answer = mvc.perform(post("/formulation/" + boardId + "/entries")
                        .with(as(world.practitioner()))
                        .with(csrf())
                        .param("box", "feelings")
                        .param("text", "  ")
                        .header("Accept", "application/json"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("Write the entry first");
        mvc.perform(post("/formulation/" + boardId + "/entries")
                        .with(as(world.practitioner()))
                        .with(csrf())
                        .param("box", "feelings")
                        .param("text", "x".repeat(501))
                        .header("Accept", "application/json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/formulation/" + boardId + "/entries")
                        .with(as(world.practitioner()))
                        .with(csrf())
                        .param("box", "nowhere")
                        .param("text", "x")
                        .header("Accept", "application/json"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from formulation_entry where board_id = ?")
                        .param(boardId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anEntrySentTwiceAfterALostConnectionIsSavedOnce() throws Exception {
        String clientId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/formulation/" + boardId + "/entries")
                            .with(as(world.practitioner()))
                            .with(csrf())
                            .param("box", "feelings")
                            .param("text", "Anxious")
                            .param("clientId", clientId)
                            .header("Accept", "application/json"))
                    .andExpect(status().isOk());
        }
        assertThat(jdbc.sql("select count(*) from formulation_entry where board_id = ?")
                        .param(boardId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void closingKeepsAVersionThatCanBeOpenedAndComparedAndTheBoardIsPickedUpAgain() throws Exception {
        addEntry("situation", "Meeting at work");
        close();
        addEntry("thinking", "They think I'm stupid");
        close();
        var versions = jdbc.sql("select id from formulation_version where board_id = ? order by number")
                .param(boardId)
                .query(Long.class)
                .list();
        assertThat(versions).hasSize(2);

        String second = html(mvc.perform(get("/formulation/versions/" + versions.get(1))
                        .param("compareWith", versions.get(0).toString())
                        .with(as(world.practitioner())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(second)
                .contains("version 2", "Changes since version 1")
                .containsSubsequence("Added", "They think I'm stupid");
        String record = html(mvc.perform(get("/patients/" + world.patientId()).with(as(world.practitioner())))
                .andReturn());
        assertThat(record).contains("Five areas, version 2");
        // the next session opens the same board, as it was left
        mvc.perform(post("/referrals/" + world.referralId() + "/formulation")
                        .param("model", "FIVE_AREAS")
                        .with(as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/formulation/" + boardId));
        assertThat(html(mvc.perform(get("/formulation/" + boardId).with(as(world.practitioner())))
                        .andReturn()))
                .contains("Meeting at work", "They think I&#39;m stupid");
    }

    @Test
    void eachKeptVersionIsOnTheRecordsTimelineWithALinkToOpenIt() throws Exception {
        addEntry("situation", "Meeting at work");
        close();
        close();
        var kept = jdbc.sql("select id from formulation_version where board_id = ? order by number")
                .param(boardId)
                .query(Long.class)
                .list();
        String record = html(mvc.perform(get("/patients/" + world.patientId()).with(as(world.practitioner())))
                .andExpect(status().isOk())
                .andReturn());
        String timeline = record.substring(
                record.indexOf("data-testid=\"contacts\""),
                record.indexOf("</table>", record.indexOf("data-testid=\"contacts\"")));
        assertThat(timeline)
                .containsSubsequence(
                        "Formulation kept",
                        "href=\"/formulation/versions/" + kept.get(1) + "\"",
                        "version 2",
                        "Formulation kept",
                        "href=\"/formulation/versions/" + kept.get(0) + "\"",
                        "version 1");
        assertThat(html(mvc.perform(get("/formulation/versions/" + kept.get(0)).with(as(world.practitioner())))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Meeting at work");
    }

    private void addEntry(String box, String text) throws Exception {
        mvc.perform(post("/formulation/" + boardId + "/entries")
                        .with(as(world.practitioner()))
                        .with(csrf())
                        .param("box", box)
                        .param("text", text))
                .andExpect(status().is3xxRedirection());
    }

    private void close() throws Exception {
        mvc.perform(post("/formulation/" + boardId + "/close")
                        .with(as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** Starts sharing with the practitioner's board open (a live connection, as the board page's script holds). */
    private String startSharing() throws Exception {
        mvc.perform(post("/formulation/" + boardId + "/share")
                        .with(as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        jdbc.sql(
                        "insert into formulation_presence (connection_id, board_id, role, node, seen_at) values (?, ?, 'PRACTITIONER', 'test', now())")
                .params(UUID.randomUUID().toString(), boardId)
                .update();
        return currentCode();
    }

    private String currentCode() {
        return jdbc.sql("select code from formulation_share where board_id = ? and ended_at is null")
                .param(boardId)
                .query(String.class)
                .single();
    }

    private org.springframework.test.web.servlet.ResultActions join(String code, String day, String month, String year)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/join")
                .with(csrf())
                .param("code", code)
                .param("day", day)
                .param("month", month)
                .param("year", year)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return mvc.perform(request);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}

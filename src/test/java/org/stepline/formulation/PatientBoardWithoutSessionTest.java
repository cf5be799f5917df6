package org.stepline.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.TestRecords;
import org.stepline.identity.Browser;

/**
 * The patient's side of a board through the running server, as their browser meets it: no session is made for them
 * on any request (so an edit costs no session read or write), and every form still needs the CSRF token that its
 * page carried, kept in a cookie of its own. The practitioner's side is set up through the web layer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PatientBoardWithoutSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePatientJoinsAndWritesWithoutASessionAndEachFormNeedsItsPagesToken() throws Exception {
        var world = new TestRecords(jdbc).world();
        long boardId = openAndShare(world);
        String code = jdbc.sql("select code from formulation_share where board_id = ? and ended_at is null")
                .param(boardId)
                .query(String.class)
                .single();
        var patient = new Browser(port).through(Map.of("Accept", "application/json, text/html"));
        var join = Map.of("code", code, "day", "27", "month", "3", "year", "1985");

        var unguarded = patient.post("/join", join);
        assertThat(unguarded.statusCode()).as("a form without its token").isEqualTo(400);
        var joined = patient.submit("/join", "/join", join);
        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(joined.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/join/board"));
        var board = patient.get("/join/board");
        assertThat(board.body()).contains("Hello Alex");

        var withoutToken = patient.post("/join/board/entries", Map.of("box", "thinking", "text", "Nobody will come"));
        assertThat(withoutToken.statusCode()).isEqualTo(400);
        var added = patient.submit(
                "/join/board", "/join/board/entries", Map.of("box", "thinking", "text", "Nobody will come"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Nobody will come");
        assertThat(jdbc.sql("select count(*) from formulation_entry where board_id = ? and text = 'Nobody will come'")
                        .param(boardId)
                        .query(Integer.class)
                        .single())
                .isOne();

        for (HttpResponse<String> response : List.of(unguarded, joined, board, withoutToken, added)) {
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as("no session cookie for the patient (%s)", response.uri())
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(joined.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("stepline_board=").contains("Path=/join"));
    }

    @Test
    void theCsrfCookieIsTheBoardsOwnSameSiteOnlyAndOutOfScriptsReach() throws Exception {
        var page = new Browser(port).get("/join");
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("XSRF-TOKEN=")
                        .contains("Path=/join", "HttpOnly", "SameSite=Strict"))
                .noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    private long openAndShare(TestRecords.World world) throws Exception {
        var opened = mvc.perform(post("/referrals/" + world.referralId() + "/formulation")
                        .param("model", "FIVE_AREAS")
                        .with(as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        long boardId = Long.parseLong(opened.getResponse().getRedirectedUrl().replace("/formulation/", ""));
        mvc.perform(post("/formulation/" + boardId + "/share")
                        .with(as(world.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the practitioner's board is open (a live connection, as the board page's script holds)
        jdbc.sql("insert into formulation_presence (connection_id, board_id, role, node, seen_at)"
                        + " values (?, ?, 'PRACTITIONER', 'test', now())")
                .params(UUID.randomUUID().toString(), boardId)
                .update();
        return boardId;
    }
}

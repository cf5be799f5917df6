package org.stepline.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stepline.BrowserSession;
import org.stepline.caseload.PageTestSupport;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.DateField;

/** Survey rounds end to end through the pages: opening, answering once, the five-answer rule, and anonymity. */
class StaffSurveyTests extends PageTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    SessionRepository<?> sessions;

    private final LocalDate today = LocalDate.now(ServiceTime.ZONE);

    private CurrentStaff manager() {
        return fixtures().staff(Role.MANAGER, null);
    }

    private long openRound(CurrentStaff manager, long... teams) throws Exception {
        String title = "Survey " + org.stepline.TestClinic.unique();
        var request = post("/surveys/new")
                .with(user(StaffPrincipal.of(manager)))
                .with(csrf())
                .param("title", title)
                .param("closesOn", DateField.format(today.plusDays(7)))
                .param("scope", "teams");
        for (long team : teams) {
            request.param("teams", String.valueOf(team));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from survey_round where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    private String answer(CurrentStaff who, long round, Map<String, String> answers) throws Exception {
        MockHttpServletRequestBuilder request = post("/surveys/" + round + "/answer")
                .with(user(StaffPrincipal.of(who)))
                .with(csrf())
                .param("action", "send");
        answers.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private void close(CurrentStaff manager, long round) throws Exception {
        mvc.perform(post("/surveys/" + round + "/close")
                        .with(user(StaffPrincipal.of(manager)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private List<CurrentStaff> practitioners(long team, int how) {
        return java.util.stream.IntStream.range(0, how)
                .mapToObj(i -> fixtures().staff(Role.PRACTITIONER, team))
                .toList();
    }

    /**
     * Coherence: one person all 5, four people all 4 → 4.2; collective action: only CA2, "strongly agree" that it
     * disrupts → 1 each; C1 "not relevant" for one person leaves their other coherence items; G1 6, 7, 6, 7, 6.
     */
    private void fiveKnownAnswers(List<CurrentStaff> staff, long round) throws Exception {
        for (int i = 0; i < 5; i++) {
            String c = i == 0 ? "5" : "4";
            answer(
                    staff.get(i),
                    round,
                    Map.of(
                            "C1",
                            i == 1 ? "nr2" : c,
                            "C2",
                            c,
                            "C3",
                            c,
                            "C4",
                            c,
                            "CA2",
                            "5",
                            "G1",
                            String.valueOf(6 + i % 2)));
        }
    }

    @Test
    void resultsAppearOnlyOnceTheRoundClosesWithFiveAnswersScoredByNomadsRules() throws Exception {
        long team = fixtures().team("Survey five");
        var manager = manager();
        long round = openRound(manager, team);
        var staff = practitioners(team, 5);
        assertThat(page(staff.getFirst(), "/caseload"))
                .contains("data-testid=\"open-survey\"", "/surveys/" + round + "/answer");
        fiveKnownAnswers(staff, round);
        String open = page(manager, "/surveys/" + round);
        assertThat(open).contains("5 of 5", "data-testid=\"still-open\"").doesNotContain("data-construct");
        assertThat(page(staff.getFirst(), "/caseload")).doesNotContain("data-testid=\"open-survey\"");

        close(manager, round);
        String results = page(manager, "/surveys/" + round);
        assertThat(row(results, "data-construct=\"coherence\"")).contains("4.2", "<td>5</td>");
        assertThat(row(results, "data-construct=\"collective-action\"")).contains("1.0");
        assertThat(row(results, "data-construct=\"reflexive-monitoring\"")).contains("–", "<td>0</td>");
        assertThat(row(results, "data-item=\"C1\""))
                .contains("<td>1</td><td>3</td><td>0</td><td>0</td><td>0</td>", "<td>1</td><td>0</td>");
        assertThat(results).contains("<svg", "NoMAD constructs, mean and spread", "6.4"); // G1: 6, 7, 6, 7, 6
    }

    /** The text of the table row that carries the marker. */
    private static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as(marker).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    void withFourAnswersNothingIsShownEvenAfterClosing() throws Exception {
        long team = fixtures().team("Survey four");
        var manager = manager();
        long round = openRound(manager, team);
        for (var person : practitioners(team, 4)) {
            answer(person, round, Map.of("C1", "5"));
        }
        close(manager, round);
        String results = page(manager, "/surveys/" + round);
        assertThat(results)
                .contains("data-testid=\"withheld\"", "4 of 4")
                .doesNotContain("data-construct", "data-item=\"C1\"");
        // the download: one row a group, saying it is not shown, without even how many answered
        String csv = mvc.perform(get("/surveys/" + round + "/results.csv")
                        .with(user(StaffPrincipal.of(fixtures().staff(Role.SUPERVISOR, team)))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().skip(1))
                .containsExactly("All who answered,,no" + ",".repeat(14), teamName(team) + ",,no" + ",".repeat(14));
        assertThat(csv).doesNotContain("4", "5", "C1");
    }

    @Test
    void aTeamThatWouldBeGivenAwayBySubtractionIsHiddenToo() throws Exception {
        long big = fixtures().team("Survey big");
        long small = fixtures().team("Survey small");
        var manager = manager();
        long round = openRound(manager, big, small);
        for (var person : practitioners(big, 5)) {
            answer(person, round, Map.of("C1", "4"));
        }
        answer(practitioners(small, 1).getFirst(), round, Map.of("C1", "1"));
        close(manager, round);
        String service = page(manager, "/surveys/" + round);
        assertThat(service)
                .contains(
                        "data-construct=\"coherence\"",
                        teamName(big) + " (not shown)",
                        teamName(small) + " (not shown)");
        assertThat(page(manager, "/surveys/" + round + "?group=" + big)).contains("data-testid=\"withheld\"");
    }

    @Test
    void eachPersonAnswersOnceAndOnlyTheirTeamsRounds() throws Exception {
        long team = fixtures().team("Survey once");
        long other = fixtures().team("Survey other");
        long round = openRound(manager(), team);
        var person = practitioners(team, 1).getFirst();
        answer(person, round, Map.of("C1", "5"));
        assertThat(answer(person, round, Map.of("C1", "1"))).contains("You have already answered this survey");
        assertThat(count("select count(*) from survey_response where round_id = ?", round))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from survey_answer a join survey_response r on r.id = a.response_id "
                                + "where r.round_id = ? and a.score = 1",
                        round))
                .isZero();

        var outsider = practitioners(other, 1).getFirst();
        mvc.perform(get("/surveys/" + round + "/answer").with(user(StaffPrincipal.of(outsider))))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from survey_respondent where round_id = ?", round))
                .isEqualTo(1);
    }

    @Test
    void badAnswersAreShownBesideTheQuestionAndNothingIsSaved() throws Exception {
        long team = fixtures().team("Survey bad");
        long round = openRound(manager(), team);
        var person = practitioners(team, 1).getFirst();
        String page = answer(person, round, Map.of("C1", "7", "C2", "4"));
        assertThat(page)
                .contains(
                        "There is a problem",
                        "Choose one of the answers",
                        "id=\"C2-4\" name=\"C2\" type=\"radio\" value=\"4\" checked");
        assertThat(count("select count(*) from survey_respondent where round_id = ?", round))
                .isZero();
        assertThat(count("select count(*) from survey_response where round_id = ?", round))
                .isZero();
    }

    @Test
    void aHalfAnsweredSurveyIsKeptInThePersonsSessionNotInTheSurveyTables() throws Exception {
        long team = fixtures().team("Survey draft");
        long round = openRound(manager(), team);
        var person = practitioners(team, 1).getFirst();
        var session = BrowserSession.start(sessions);
        mvc.perform(post("/surveys/" + round + "/draft")
                        .with(session)
                        .with(user(StaffPrincipal.of(person)))
                        .with(csrf())
                        .param("RM3", "2"))
                .andExpect(status().isNoContent());
        String page = mvc.perform(
                        get("/surveys/" + round + "/answer").with(session).with(user(StaffPrincipal.of(person))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"RM3-2\" name=\"RM3\" type=\"radio\" value=\"2\" checked");
        assertThat(count("select count(*) from survey_response where round_id = ?", round))
                .isZero();
    }

    @Test
    void openingARoundWithMistakesKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var manager = manager();
        String title = "Kept " + org.stepline.TestClinic.unique();
        String page = mvc.perform(post("/surveys/new")
                        .with(user(StaffPrincipal.of(manager)))
                        .with(csrf())
                        .param("title", title)
                        .param("closesOn", DateField.format(today.minusDays(1)))
                        .param("scope", "teams"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The closing date must be today or later", "Choose at least one team", title);
        assertThat(count("select count(*) from survey_round where title = ?", title))
                .isZero();
    }

    @Test
    void nothingStoredBesideAnAnswerSaysWhoGaveItOrWhen() {
        Set<String> response = columns("survey_response");
        Set<String> answer = columns("survey_answer");
        assertThat(response).containsExactlyInAnyOrder("id", "round_id", "team_id");
        assertThat(answer).containsExactlyInAnyOrder("response_id", "item", "score", "not_relevant");
        assertThat(columns("survey_respondent")).containsExactlyInAnyOrder("round_id", "staff_id");
        assertThat(jdbc.sql("select data_type from information_schema.columns where table_name = 'survey_response' "
                                + "and column_name = 'id'")
                        .query(String.class)
                        .single())
                .isEqualTo("uuid");
    }

    @Test
    void closingARoundRewritesItsRowsSoThatTheirOrderPairsNobody() throws Exception {
        long team = fixtures().team("Survey seal");
        var manager = manager();
        long round = openRound(manager, team);
        for (var person : practitioners(team, 5)) {
            answer(person, round, Map.of("C1", "3"));
        }
        Set<String> before = ids(round);
        String xminsBefore = xmins(round);
        close(manager, round);
        Set<String> after = ids(round);
        assertThat(after).hasSize(5).doesNotContainAnyElementsOf(before);
        assertThat(xmins(round))
                .as("written in one transaction")
                .doesNotContain(",")
                .isNotEqualTo(xminsBefore);
        assertThat(jdbc.sql("select sealed from survey_round where id = ?")
                        .param(round)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void noRoleCanReachOnePersonsAnswers() throws Exception {
        long team = fixtures().team("Survey roles");
        var manager = manager();
        long round = openRound(manager, team);
        var person = practitioners(team, 1).getFirst();
        answer(person, round, Map.of("C1", "2", "G3", "9"));
        close(manager, round);
        var supervisor = fixtures().staff(Role.SUPERVISOR, team);
        var admin = fixtures().staff(Role.ADMIN, null);
        for (var reader : List.of(manager, supervisor)) {
            String results = page(reader, "/surveys/" + round + "?group=" + team);
            assertThat(results).contains("data-testid=\"withheld\"").doesNotContain("data-item=\"C1\"", "G3.");
        }
        assertThat(page(person, "/surveys/" + round + "/answer"))
                .contains("You have already answered")
                .doesNotContain("checked");
        mvc.perform(get("/surveys/" + round).with(user(StaffPrincipal.of(admin))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/surveys").with(user(StaffPrincipal.of(admin)))).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + round).with(user(StaffPrincipal.of(person))))
                .andExpect(status().isForbidden());
        // every route that touches surveys: none returns a response set, by design; a new one must be looked at
        Set<String> routes = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> p.contains("survey"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes)
                .containsExactly(
                        "/surveys",
                        "/surveys/new",
                        "/surveys/{roundId}",
                        "/surveys/{roundId}/answer",
                        "/surveys/{roundId}/close",
                        "/surveys/{roundId}/draft",
                        "/surveys/{roundId}/results.csv");
        mvc.perform(get("/surveys/" + round + "/results.csv").with(user(StaffPrincipal.of(admin))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + round + "/results.csv").with(user(StaffPrincipal.of(person))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDownloadHasThePagesFiguresForEachShownGroupAndNoCellRunsAsAFormula() throws Exception {
        long team = fixtures().team("=HYPERLINK(\"http://evil.example\")");
        var manager = manager();
        long round = openRound(manager, team);
        fiveKnownAnswers(practitioners(team, 5), round);
        mvc.perform(get("/surveys/" + round + "/results.csv").with(user(StaffPrincipal.of(manager))))
                .andExpect(status().isConflict()); // an open round has no results to give
        close(manager, round);

        var response = mvc.perform(get("/surveys/" + round + "/results.csv").with(user(StaffPrincipal.of(manager))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".csv");
        List<String> lines = response.getContentAsString().lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("Group,PeopleAnswered,Shown,Figure,Code,Question,Mean,"
                        + "StandardDeviation,Scored,ChangeSinceLastRound,StronglyAgree,Agree,NeitherAgreeNorDisagree,Disagree,"
                        + "StronglyDisagree,NotRelevant,NotAnswered");
        String teamCell = "\"'" + teamName(team).replace("\"", "\"\"") + "\"";
        // the service's group is compared with the service's last round, which other tests' rounds may be
        assertThat(lines)
                .anyMatch(l -> l.matches(
                        "All who answered,5,yes,Construct,coherence,Coherence,4\\.20,0\\.45,5," + "[-0-9.]*,,,,,,,"));
        assertThat(lines)
                .anyMatch(l -> l.startsWith("All who answered,5,yes,General item,G1,\"When you use "
                        + "telephone-delivered treatment, how familiar does it feel?\",6.40,0.55,5,"));
        assertThat(lines)
                .contains(
                        teamCell
                                + ",5,yes,Item,C1,I can see how telephone-delivered treatment differs from usual ways of "
                                + "working,,,,,1,3,0,0,0,1,0",
                        teamCell + ",5,yes,Construct,reflexive-monitoring,Reflexive monitoring,,,0,,,,,,,,");
        assertThat(lines).filteredOn(l -> l.startsWith("=")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and detail = ?")
                        .param("Downloaded the results of staff survey round " + round)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private Set<String> ids(long round) {
        return Set.copyOf(jdbc.sql("select id::text from survey_response where round_id = ?")
                .param(round)
                .query(String.class)
                .list());
    }

    private String xmins(long round) {
        return String.join(
                ",",
                jdbc.sql("select distinct xmin::text from survey_response where round_id = ?")
                        .param(round)
                        .query(String.class)
                        .list());
    }

    private Set<String> columns(String table) {
        return Set.copyOf(jdbc.sql("select column_name from information_schema.columns where table_name = ?")
                .param(table)
                .query(String.class)
                .list());
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}

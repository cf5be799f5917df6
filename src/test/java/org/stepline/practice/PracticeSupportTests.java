package org.stepline.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.caseload.PageTestSupport;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.scheduling.CallSetting;
import org.stepline.scheduling.CallSettings;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.DateField;

/**
 * Supporting practitioners (training with its date, sessions observed, champions) and the service's list of where
 * calls are taken, through the pages: what is recorded is shown and audited, a mistake is shown beside its field as
 * typed with nothing saved, and only the right people may change anything.
 */
class PracticeSupportTests extends PageTestSupport {

    @Autowired
    CallSettings callSettings;

    private long team;
    private CurrentStaff manager;
    private CurrentStaff supervisor;
    private CurrentStaff pat;
    private CurrentStaff lee;
    private final LocalDate today = LocalDate.now(ServiceTime.ZONE);

    @BeforeEach
    void aTeamWithTwoPractitioners() {
        team = fixtures().team("Support");
        manager = fixtures().staff(Role.MANAGER, null);
        supervisor = fixtures().staff(Role.SUPERVISOR, team);
        pat = fixtures().staff(Role.PRACTITIONER, team);
        lee = fixtures().staff(Role.PRACTITIONER, team);
    }

    private MockHttpServletRequestBuilder record(
            CurrentStaff who, CurrentStaff about, String kind, String course, String on, String colleague) {
        return post("/practice/support")
                .with(as(who))
                .with(csrf())
                .param("staffId", String.valueOf(about.id()))
                .param("kind", kind)
                .param("course", course)
                .param("on", on)
                .param("colleagueId", colleague);
    }

    private String posted(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The table row of one member of staff on the support page. */
    private String row(String html, CurrentStaff person) {
        int at = html.indexOf("data-staff=\"" + person.id() + "\"");
        assertThat(at).as("row of " + person.username()).isPositive();
        return html.substring(at, html.indexOf("</tr>", at)).replaceAll("\\s+", " ");
    }

    private long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    private long audited(String detail) {
        return count("select count(*) from audit_event where detail = ?", detail);
    }

    @Test
    void trainingWithItsDateAndSessionsObservedAreShownAgainstThePersonAndAudited() throws Exception {
        String completed = DateField.format(today.minusDays(10));
        mvc.perform(record(supervisor, pat, "training", "Telephone CBT skills", completed, ""))
                .andExpect(redirectedUrl("/practice/support"));
        mvc.perform(record(supervisor, pat, "observed", "", DateField.format(today), String.valueOf(lee.id())))
                .andExpect(redirectedUrl("/practice/support"));
        mvc.perform(record(manager, pat, "observer", "", DateField.format(today.minusDays(1)), ""))
                .andExpect(redirectedUrl("/practice/support"));
        mvc.perform(record(manager, pat, "observer", "", DateField.format(today.minusDays(2)), ""))
                .andExpect(redirectedUrl("/practice/support"));

        String mine = row(page(supervisor, "/practice/support"), pat);
        assertThat(mine)
                .contains("Telephone CBT skills, " + ServiceTime.date(today.minusDays(10)), "<td>1</td><td>2</td>");
        assertThat(row(page(supervisor, "/practice/support"), lee)).contains("None recorded", "<td>0</td><td>0</td>");
        assertThat(count(
                        "select count(*) from telephone_training where staff_id = ? and completed_on = ? "
                                + "and recorded_by = ?",
                        pat.id(),
                        today.minusDays(10),
                        supervisor.id()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from observed_session where staff_id = ? and kind = 'observed' "
                                + "and colleague_id = ?",
                        pat.id(),
                        lee.id()))
                .isEqualTo(1);
        assertThat(audited("Recorded telephone-work support (training) for staff " + pat.id()))
                .isEqualTo(1);
        assertThat(audited("Recorded telephone-work support (observer) for staff " + pat.id()))
                .isEqualTo(2);
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        String html = posted(record(supervisor, pat, "training", "", "31/2/2026", ""));
        assertThat(html)
                .contains(
                        "There is a problem",
                        "id=\"course-error\"",
                        "Enter the name of the course",
                        "id=\"on-error\"",
                        "value=\"31/2/2026\"");
        String future = DateField.format(today.plusDays(3));
        String longCourse = "C".repeat(201);
        html = posted(record(supervisor, pat, "training", longCourse, future, ""));
        assertThat(html)
                .contains(
                        "The course name must be 200 characters or fewer",
                        "The date must be today or earlier",
                        "value=\"" + longCourse + "\"",
                        "value=\"" + future + "\"");
        html = posted(record(supervisor, pat, "observed", "", DateField.format(today), String.valueOf(pat.id())));
        assertThat(html).contains("id=\"colleagueId-error\"", "Choose a colleague other than the member of staff");
        html = posted(record(supervisor, pat, "lunch", "", DateField.format(today), ""));
        assertThat(html).contains("id=\"kind-error\"", "Choose what to record");

        assertThat(count("select count(*) from telephone_training where staff_id = ?", pat.id()))
                .isZero();
        assertThat(count("select count(*) from observed_session where staff_id = ?", pat.id()))
                .isZero();
        assertThat(count(
                        "select count(*) from audit_event where detail like ?",
                        "Recorded telephone-work support % for staff " + pat.id()))
                .isZero();
    }

    @Test
    void aSupervisorRecordsForTheirOwnTeamOnlyAndAPractitionerOrAdministratorNotAtAll() throws Exception {
        long otherTeam = fixtures().team("Support other");
        var stranger = fixtures().staff(Role.PRACTITIONER, otherTeam);
        String html = posted(record(supervisor, stranger, "training", "Course", DateField.format(today), ""));
        assertThat(html).contains("id=\"staffId-error\"", "Choose the member of staff");
        assertThat(page(supervisor, "/practice/support")).doesNotContain("data-staff=\"" + stranger.id() + "\"");
        assertThat(page(manager, "/practice/support")).contains("data-staff=\"" + stranger.id() + "\"");

        for (var refused : new CurrentStaff[] {pat, fixtures().staff(Role.ADMIN, null)}) {
            mvc.perform(get("/practice/support").with(as(refused))).andExpect(status().isForbidden());
            mvc.perform(record(refused, lee, "training", "Course", DateField.format(today), ""))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/practice/support/champions/" + lee.id())
                            .with(as(refused))
                            .with(csrf())
                            .param("champion", "true"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/practice/support/champions/" + stranger.id())
                        .with(as(supervisor))
                        .with(csrf())
                        .param("champion", "true"))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from telephone_training where staff_id in (?, ?)", stranger.id(), lee.id()))
                .isZero();
        assertThat(count("select count(*) from telephone_champion where staff_id in (?, ?)", stranger.id(), lee.id()))
                .isZero();
    }

    @Test
    void aChampionIsNamedFromTodayAndCanStepDownBothAudited() throws Exception {
        mvc.perform(post("/practice/support/champions/" + lee.id())
                        .with(as(supervisor))
                        .with(csrf())
                        .param("champion", "true"))
                .andExpect(redirectedUrl("/practice/support"));
        assertThat(row(page(supervisor, "/practice/support"), lee))
                .contains("Since " + ServiceTime.date(today), ">End<");
        assertThat(row(page(supervisor, "/practice/support"), pat)).contains(">Make champion<");

        mvc.perform(post("/practice/support/champions/" + lee.id())
                        .with(as(manager))
                        .with(csrf())
                        .param("champion", "false"))
                .andExpect(redirectedUrl("/practice/support"));
        assertThat(count("select count(*) from telephone_champion where staff_id = ?", lee.id()))
                .isZero();
        assertThat(audited("Named telephone champion: staff " + lee.id())).isEqualTo(1);
        assertThat(audited("Ended telephone champion: staff " + lee.id())).isEqualTo(1);
    }

    @Test
    void aManagerEditsWhereCallsAreTakenAndMistakesAreShownAsTyped() throws Exception {
        String label = CaseloadFixtures.unique("A booth in the library ");
        mvc.perform(post("/practice/call-settings")
                        .with(as(manager))
                        .with(csrf())
                        .param("label", "  " + label + " "))
                .andExpect(redirectedUrl("/practice/support"));
        CallSetting added = setting(label);
        assertThat(page(manager, "/practice/support"))
                .contains(label, "/practice/call-settings/" + added.code() + "/name");
        assertThat(audited("Added call setting " + label)).isEqualTo(1);

        String duplicate = label.toUpperCase(java.util.Locale.UK);
        String html = posted(
                post("/practice/call-settings").with(as(manager)).with(csrf()).param("label", duplicate));
        assertThat(html)
                .contains("id=\"label-error\"", "That place is already in the list", "value=\"" + duplicate + "\"");
        assertThat(posted(post("/practice/call-settings")
                        .with(as(manager))
                        .with(csrf())
                        .param("label", " ")))
                .contains("Enter where calls are taken");
        String tooLong = "x".repeat(81);
        assertThat(posted(post("/practice/call-settings")
                        .with(as(manager))
                        .with(csrf())
                        .param("label", tooLong)))
                .contains("The name must be 80 characters or fewer", "value=\"" + tooLong + "\"");
        assertThat(callSettings.all().stream().filter(s -> s.label().equalsIgnoreCase(label)))
                .hasSize(1);
        assertThat(callSettings.all()).noneMatch(s -> s.label().equals(tooLong));

        mvc.perform(post("/practice/call-settings/" + added.code())
                        .with(as(manager))
                        .with(csrf())
                        .param("retired", "true"))
                .andExpect(redirectedUrl("/practice/support"));
        assertThat(callSettings.inUse()).noneMatch(s -> s.code().equals(added.code()));
        assertThat(page(manager, "/practice/support")).contains(label + " (no longer offered)", "Offer again");
        assertThat(audited("Retired call setting " + added.code())).isEqualTo(1);
    }

    @Test
    void renamingAPlaceKeepsItsCodeSoContactsAlreadyRecordedFollowTheNewName() throws Exception {
        String label = CaseloadFixtures.unique("Spare office ");
        String other = CaseloadFixtures.unique("Car park ");
        CallSetting setting = callSettings.add(label);
        callSettings.add(other);
        String path = "/practice/call-settings/" + setting.code() + "/name";
        assertThat(page(manager, path)).contains("Rename “" + label + "”", "value=\"" + label + "\"");

        String html = posted(post(path).with(as(manager)).with(csrf()).param("label", other));
        assertThat(html).contains("id=\"label-error\"", "That place is already in the list", "value=\"" + other + "\"");
        assertThat(posted(post(path).with(as(manager)).with(csrf()).param("label", "")))
                .contains("Enter where calls are taken");
        assertThat(setting(label).code()).as("unchanged").isEqualTo(setting.code());

        String renamed = label + " (second floor)";
        mvc.perform(post(path).with(as(manager)).with(csrf()).param("label", renamed))
                .andExpect(redirectedUrl("/practice/support"));
        assertThat(callSettings.find(setting.code()).orElseThrow().label()).isEqualTo(renamed);
        assertThat(audited("Renamed call setting " + setting.code() + " from " + label + " to " + renamed))
                .isEqualTo(1);
        mvc.perform(post(path).with(as(manager)).with(csrf()).param("label", renamed.toLowerCase(java.util.Locale.UK)))
                .andExpect(redirectedUrl("/practice/support")); // its own name in other letters is no clash

        mvc.perform(get("/practice/call-settings/no-such-place/name").with(as(manager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAServiceManagerEditsWhereCallsAreTaken() throws Exception {
        String label = CaseloadFixtures.unique("Quiet pod ");
        CallSetting setting = callSettings.add(label);
        assertThat(page(supervisor, "/practice/support")).doesNotContain("data-testid=\"call-settings\"");
        for (var refused : new CurrentStaff[] {supervisor, pat, fixtures().staff(Role.ADMIN, null)}) {
            mvc.perform(post("/practice/call-settings")
                            .with(as(refused))
                            .with(csrf())
                            .param("label", label + " 2"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/practice/call-settings/" + setting.code() + "/name")
                            .with(as(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/practice/call-settings/" + setting.code() + "/name")
                            .with(as(refused))
                            .with(csrf())
                            .param("label", "Renamed"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/practice/call-settings/" + setting.code())
                            .with(as(refused))
                            .with(csrf())
                            .param("retired", "true"))
                    .andExpect(status().isForbidden());
        }
        assertThat(callSettings.find(setting.code()).orElseThrow())
                .isEqualTo(new CallSetting(setting.code(), label, false));
        assertThat(callSettings.all()).noneMatch(s -> s.label().equals(label + " 2"));
    }

    private CallSetting setting(String label) {
        return callSettings.all().stream()
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow();
    }
}

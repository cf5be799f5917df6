package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import oidcprovider.OrganisationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.internal.OneTimeCodes;

/**
 * A service that enrols people its organisation's provider knows (role and team from their groups, else the default
 * role and no team) and makes a second factor compulsory for local accounts.
 */
@TestPropertySource(
        properties = {
            "stepline.oidc.enrol=true",
            "stepline.oidc.groups-claim=groups",
            "stepline.oidc.group-roles[stepline-supervisors]=SUPERVISOR",
            "stepline.oidc.group-teams[north-talking-therapies]=" + EnrolmentAndCompulsorySecondFactorTest.NORTH,
            "stepline.second-factor.required=true"
        })
class EnrolmentAndCompulsorySecondFactorTest extends OrganisationSignInContext {

    static final String NORTH = "Enrolment North";

    private long north() {
        return jdbc.sql("select id from team where name = ?")
                .param(NORTH)
                .query(Long.class)
                .optional()
                .orElseGet(() -> enrolment.createTeam(NORTH));
    }

    @Test
    void someoneUnknownIsEnrolledWithTheDefaultRoleAndSeesNoPatientUntilGivenATeam() throws Exception {
        String email = email();
        String person = atTheProvider(email, Map.of());
        var browser = new HopBrowser(port);

        var page = browser.signInThroughOrganisation(person, OrganisationProvider.PASSWORD);

        assertThat(page.uri().getPath()).isEqualTo("/");
        assertThat(page.body()).contains("You are signed in, but not yet in a team");
        assertThat(signedInAs(page))
                .as("no second factor asked: the organisation has its own")
                .isEqualTo("Provider Name " + person + " (Practitioner)");
        assertThat(browser.open("/caseload").statusCode()).isEqualTo(403);
        var account = jdbc.sql(
                        "select username || ' ' || role || ' ' || coalesce(team_id::text, 'none') from staff_user"
                                + " where organisation_login = ?")
                .param(email)
                .query(String.class)
                .single();
        String username = email.substring(0, email.indexOf('@'));
        assertThat(account).isEqualTo(username + " PRACTITIONER none");
        assertThat(jdbc.sql("select action || ' ' || detail from audit_event where actor_username = ?")
                        .param("organisation sign-in: " + email)
                        .query(String.class)
                        .list())
                .containsExactly("ADMIN Enrolled at their first sign-in through Northshire NHS Trust as " + username
                        + " (Practitioner, no team yet)");

        new HopBrowser(port).signInThroughOrganisation(person, OrganisationProvider.PASSWORD);
        assertThat(jdbc.sql("select count(*) from staff_user where organisation_login = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .as("the second sign-in finds the same account")
                .isEqualTo(1);
    }

    @Test
    void theGroupsClaimGivesAnEnrolledPersonTheirRoleAndTeam() throws Exception {
        long north = north();
        String email = email();
        String person = atTheProvider(
                email, Map.of("groups", List.of("all-staff", "north-talking-therapies", "stepline-supervisors")));

        var page = new HopBrowser(port).signInThroughOrganisation(person, OrganisationProvider.PASSWORD);

        assertThat(page.uri().getPath()).isEqualTo("/caseload");
        assertThat(signedInAs(page)).isEqualTo("Provider Name " + person + " (Supervisor)");
        assertThat(jdbc.sql("select team_id from staff_user where organisation_login = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(north);
    }

    @Test
    void aLocalAccountWithoutASecondFactorMustSetOneUpBeforeAnythingElse() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var browser = new HopBrowser(port);

        var page = browser.signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD);

        assertThat(page.uri().getPath()).isEqualTo("/account/second-factor");
        assertThat(page.body()).contains("Your service asks every Stepline account to have a second factor.");
        assertThat(browser.open("/caseload").uri().getPath()).isEqualTo("/account/second-factor");
        var key = Pattern.compile("data-testid=\"secret\"><code>([A-Z2-7]+)</code>")
                .matcher(page.body());
        assertThat(key.find()).isTrue();

        var in = browser.submit(page, "/account/second-factor", Map.of("code", OneTimeCodes.codeFor(key.group(1), 0)));
        assertThat(in.uri().getPath()).isEqualTo("/caseload");
        assertThat(signedInAs(in)).isEqualTo(staff.displayName() + " (Practitioner)");

        var next = new HopBrowser(port).signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD);
        assertThat(next.uri().getPath()).as("from now on, the code").isEqualTo("/login/code");
    }
}

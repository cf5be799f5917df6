package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import oidcprovider.OrganisationProvider;
import org.junit.jupiter.api.Test;
import org.stepline.caseload.CaseloadFixtures;

/**
 * Staff sign in through the organisation's OpenID Connect provider: a real one ({@link OrganisationProvider}, Spring
 * Authorization Server on loopback) found by discovery, the authorisation code flow with PKCE, signed ID tokens. The
 * person is matched by e-mail to the account an administrator linked; anyone else, and a disabled or locked account,
 * gets a plain refusal page. Enrolment is off here ({@code EnrolmentAndCompulsorySecondFactorTest} turns it on).
 */
class OrganisationSignInTest extends OrganisationSignInContext {

    @Test
    void theSignInPageOffersTheOrganisationBesideTheLocalForm() throws Exception {
        var page = new HopBrowser(port).open("/login");
        assertThat(page.body())
                .contains(
                        "Sign in with Northshire NHS Trust",
                        "href=\"/login/organisation/organisation\"",
                        "<form method=\"post\" action=\"/login\"");
    }

    @Test
    void theFlowIsTheAuthorisationCodeFlowWithPkceAtTheDiscoveredEndpoint() throws Exception {
        var authorize = new HopBrowser(port).redirectOf("/login/organisation/organisation");
        assertThat(authorize.toString())
                .startsWith(OrganisationProvider.shared().issuer() + "/oauth2/authorize?");
        assertThat(java.net.URLDecoder.decode(authorize.getRawQuery(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(
                        "response_type=code",
                        "client_id=" + OrganisationProvider.CLIENT_ID,
                        "code_challenge_method=S256",
                        "code_challenge=",
                        "state=",
                        "nonce=",
                        "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/organisation")
                .containsPattern("scope=openid[ +]profile[ +]email");
    }

    @Test
    void aLinkedPractitionerSignsInAndLandsOnTheirCaseloadWithTheirRole() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        String email = email();
        administration.linkOrganisationLogin(staff.id(), email.toUpperCase()); // matched without regard to case
        String person = atTheProvider(email, Map.of());

        var page = new HopBrowser(port).signInThroughOrganisation(person, OrganisationProvider.PASSWORD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/caseload");
        assertThat(signedInAs(page))
                .isEqualTo(staff.displayName() + " (Practitioner)"); // Stepline's name, not the provider's
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(staff.username())
                        .query(Long.class)
                        .single())
                .as("the session is kept in the database, under the Stepline username")
                .isEqualTo(1);
    }

    @Test
    void aLinkedManagerLandsOnTheOverviewAndCannotOpenClinicalPages() throws Exception {
        var manager = make.staff(Role.MANAGER, null);
        String email = email();
        administration.linkOrganisationLogin(manager.id(), email);
        var browser = new HopBrowser(port);

        var page = browser.signInThroughOrganisation(atTheProvider(email, Map.of()), OrganisationProvider.PASSWORD);

        assertThat(page.uri().getPath()).isEqualTo("/overview");
        assertThat(signedInAs(page)).isEqualTo(manager.displayName() + " (Service manager)");
        assertThat(browser.open("/caseload").statusCode()).isEqualTo(403);
    }

    @Test
    void someoneNoAccountIsLinkedToIsRefusedWithAPlainPageAndNotSignedIn() throws Exception {
        String email = email();
        var browser = new HopBrowser(port);

        var page = browser.signInThroughOrganisation(atTheProvider(email, Map.of()), OrganisationProvider.PASSWORD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/login/refused");
        assertThat(page.body())
                .contains(
                        "You could not be signed in",
                        "You are known to Northshire NHS Trust, but no Stepline account is linked to you.")
                .doesNotContain("Exception", "at org.");
        assertThat(browser.open("/caseload").uri().getPath())
                .as("not signed in")
                .isEqualTo("/login");
        assertThat(jdbc.sql("select count(*) from staff_user where lower(organisation_login) = lower(?)")
                        .param(email)
                        .query(Long.class)
                        .single())
                .as("nobody enrolled")
                .isZero();
        assertThat(jdbc.sql("select action || ' ' || detail from audit_event where actor_username = ?")
                        .param("organisation sign-in: " + email)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "DENIED Sign-in through Northshire NHS Trust refused: no staff account is linked to this person");
    }

    @Test
    void aDisabledOrLockedAccountCannotComeInThroughTheOrganisationEither() throws Exception {
        var disabled = make.staff(Role.PRACTITIONER, team);
        String disabledEmail = email();
        administration.linkOrganisationLogin(disabled.id(), disabledEmail);
        administration.update(disabled.id(), disabled.displayName(), Role.PRACTITIONER, team, false);
        var locked = make.staff(Role.PRACTITIONER, team);
        String lockedEmail = email();
        administration.linkOrganisationLogin(locked.id(), lockedEmail);
        jdbc.sql("update staff_user set locked_until = now() + interval '10 minutes' where id = ?")
                .param(locked.id())
                .update();

        var browser = new HopBrowser(port);
        var refusal = browser.signInThroughOrganisation(
                atTheProvider(disabledEmail, Map.of()), OrganisationProvider.PASSWORD);
        assertThat(refusal.uri().getPath()).isEqualTo("/login/refused");
        assertThat(refusal.body()).contains("Your Stepline account is disabled.");
        assertThat(browser.open("/caseload").uri().getPath()).isEqualTo("/login");

        var lockedBrowser = new HopBrowser(port);
        var lockedRefusal = lockedBrowser.signInThroughOrganisation(
                atTheProvider(lockedEmail, Map.of()), OrganisationProvider.PASSWORD);
        assertThat(lockedRefusal.body()).contains("Your Stepline account is locked");
        assertThat(lockedBrowser.open("/caseload").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void anAdministratorLinksAnAccountOnItsPageAndItsOwnerThenSignsInThroughTheOrganisation() throws Exception {
        var admin = make.staff(Role.ADMIN, null);
        var practitioner = make.staff(Role.PRACTITIONER, team);
        String email = email();
        var adminBrowser = new HopBrowser(port);
        adminBrowser.signInWithPassword(admin.username(), CaseloadFixtures.PASSWORD);
        var edit = adminBrowser.open("/admin/users/" + practitioner.id());
        assertThat(edit.body()).contains("Sign-in through the organisation");

        var saved = adminBrowser.submit(
                edit, "/admin/users/" + practitioner.id() + "/organisation-login", Map.of("organisationLogin", email));
        assertThat(saved.body())
                .contains("The organisation sign-in of " + practitioner.username() + " has been saved.");

        var other = make.staff(Role.PRACTITIONER, team);
        var clash = adminBrowser.submit(
                adminBrowser.open("/admin/users/" + other.id()),
                "/admin/users/" + other.id() + "/organisation-login",
                Map.of("organisationLogin", email));
        assertThat(clash.body()).contains("This sign-in is already linked to the account " + practitioner.username());

        var page = new HopBrowser(port)
                .signInThroughOrganisation(atTheProvider(email, Map.of()), OrganisationProvider.PASSWORD);
        assertThat(signedInAs(page)).isEqualTo(practitioner.displayName() + " (Practitioner)");
    }
}

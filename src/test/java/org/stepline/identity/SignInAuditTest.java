package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import oidcprovider.OrganisationProvider;
import org.junit.jupiter.api.Test;
import org.stepline.caseload.CaseloadFixtures;

/**
 * Signing in and out is on the audit trail under the Stepline username, through the real sign-in form and the
 * real organisation provider; a wrong password for a name no account has leaves no trace of what was typed.
 */
class SignInAuditTest extends OrganisationSignInContext {

    @Test
    void aWrongPasswordARightOneAndSigningOutAreAudited() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var browser = new HopBrowser(port);

        browser.signInWithPassword(staff.username(), "not the password");
        var page = browser.signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD);
        assertThat(page.uri().getPath()).isEqualTo("/caseload");
        browser.submit(page, "/logout", Map.of());

        assertThat(signIns(staff.username()))
                .containsExactly(
                        "SIGN_IN Sign-in refused: wrong password",
                        "SIGN_IN Signed in with a password",
                        "SIGN_IN Signed out");
    }

    @Test
    void aWrongPasswordForANameNoAccountHasIsNotWritten() throws Exception {
        String typed = CaseloadFixtures.unique("perhaps-a-password-");

        new HopBrowser(port).signInWithPassword(typed, "whatever");

        assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? or detail like ?")
                        .params(typed, "%" + typed + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSignInThroughTheOrganisationIsAuditedUnderTheSteplineUsername() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        String email = email();
        administration.linkOrganisationLogin(staff.id(), email);

        var page = new HopBrowser(port)
                .signInThroughOrganisation(atTheProvider(email, Map.of()), OrganisationProvider.PASSWORD);

        assertThat(page.uri().getPath()).isEqualTo("/caseload");
        assertThat(signIns(staff.username())).containsExactly("SIGN_IN Signed in through the organisation's sign-in");
    }

    private List<String> signIns(String username) {
        return jdbc.sql(
                        "select action || ' ' || detail from audit_event where actor_username = ? and action = 'SIGN_IN' order by id")
                .param(username)
                .query(String.class)
                .list();
    }
}

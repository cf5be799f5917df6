package org.stepline.identity;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import oidcprovider.OrganisationProvider;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.internal.StaffAdministration;

/**
 * The running application with sign-in through the organisation's provider ({@link OrganisationProvider}, real, on
 * loopback) and second-factor secrets encrypted; one application context shared by the test classes that extend this.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "stepline.oidc.client-id=" + OrganisationProvider.CLIENT_ID,
            "stepline.oidc.organisation-name=Northshire NHS Trust",
            "stepline.second-factor.encryption-key=a key for the tests only"
        })
abstract class OrganisationSignInContext {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add(
                "stepline.oidc.issuer-uri", () -> OrganisationProvider.shared().issuer());
        properties.add("stepline.oidc.client-secret", () -> OrganisationProvider.CLIENT_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    StaffAdministration administration;

    CaseloadFixtures make;
    long team;

    @BeforeEach
    void fixtures() {
        make = new CaseloadFixtures(jdbc, enrolment);
        team = make.team("Organisation");
    }

    /** Someone the provider knows by this e-mail address, with these further claims; their provider username. */
    static String atTheProvider(String email, Map<String, Object> more) {
        String username = CaseloadFixtures.unique("p");
        var claims = new HashMap<String, Object>(more);
        claims.put("email", email);
        claims.put("email_verified", true);
        claims.put("name", "Provider Name " + username);
        OrganisationProvider.shared().person(username, claims);
        return username;
    }

    static String email() {
        return CaseloadFixtures.unique("staff.") + "@northshire.nhs.uk";
    }

    /** Who the page's header says is signed in, with their role: "Ann Cole (Practitioner)". */
    static String signedInAs(HttpResponse<String> page) {
        var matcher = Pattern.compile(
                        "data-testid=\"signed-in-user\">([^<]+)<span class=\"stepline-role\">\\(([^)]+)\\)")
                .matcher(page.body());
        return matcher.find() ? matcher.group(1).strip() + " (" + matcher.group(2) + ")" : "nobody";
    }

    int failedAttempts(long staffId) {
        return jdbc.sql("select failed_attempts from staff_user where id = ?")
                .param(staffId)
                .query(Integer.class)
                .single();
    }
}

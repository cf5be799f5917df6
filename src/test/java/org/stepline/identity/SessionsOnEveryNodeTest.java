package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.SteplineApplication;
import org.stepline.caseload.CaseloadFixtures;

/**
 * Two Stepline nodes (two whole applications, each with its own web server) on one PostgreSQL, as behind a load
 * balancer: a session made on one is served by the other, and ending an account's sessions on one node (disabling,
 * resetting the password, signing out) ends them on the other too.
 */
class SessionsOnEveryNodeTest {

    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    CaseloadFixtures make;
    long team;

    @BeforeAll
    static void startTwoNodes() {
        one = node();
        two = node();
    }

    @AfterAll
    static void stopThem() {
        two.close();
        one.close();
    }

    @BeforeEach
    void fixtures() {
        make = new CaseloadFixtures(one.getBean(JdbcClient.class), one.getBean(StaffEnrolment.class));
        team = make.team("Two nodes");
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(SteplineApplication.class).run("--server.port=0");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** Signed in on node one; the same browser (its session cookie) can be pointed at node two. */
    private Browser signedInOnNodeOne(CurrentStaff staff) throws Exception {
        var browser = new Browser(port(one));
        assertThat(browser.signIn(staff.username(), CaseloadFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        return browser;
    }

    private static void assertSignedOut(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?sessionEnded"));
    }

    @Test
    void aSessionMadeOnOneNodeIsServedByTheOther() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var browser = signedInOnNodeOne(staff);
        var onTwo = browser.at(port(two)).get("/caseload");
        assertThat(onTwo.statusCode()).isEqualTo(200);
        assertThat(onTwo.body()).contains("My caseload", staff.displayName());
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsSessionsOnTheOther() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var onTwo = signedInOnNodeOne(staff).at(port(two));
        var elsewhere = signedInOnNodeOne(staff).at(port(two)); // a second session of the same account
        assertThat(onTwo.get("/caseload").statusCode()).isEqualTo(200);

        var admin = signedInOnNodeOne(make.staff(Role.ADMIN, null));
        var saved = admin.submit(
                "/admin/users/" + staff.id(),
                "/admin/users/" + staff.id(),
                Map.of(
                        "displayName",
                        staff.displayName(),
                        "role",
                        "PRACTITIONER",
                        "team",
                        String.valueOf(team),
                        "status",
                        "DISABLED"));
        assertThat(admin.follow(saved).body()).contains("has been changed");

        assertSignedOut(onTwo.get("/caseload"));
        assertSignedOut(elsewhere.get("/patients"));
        assertThat(onTwo.follow(onTwo.get("/caseload")).body()).contains("Sign in to Stepline");
        assertThat(new Browser(port(two))
                        .follow(new Browser(port(two)).signIn(staff.username(), CaseloadFixtures.PASSWORD))
                        .body())
                .doesNotContain("My caseload");
    }

    @Test
    void resettingAPasswordOnOneNodeEndsTheSessionsOnTheOther() throws Exception {
        var staff = make.staff(Role.SUPERVISOR, team);
        var onTwo = signedInOnNodeOne(staff).at(port(two));
        assertThat(onTwo.get("/supervision").statusCode()).isEqualTo(200);

        var admin = signedInOnNodeOne(make.staff(Role.ADMIN, null));
        admin.submit(
                "/admin/users/" + staff.id(),
                "/admin/users/" + staff.id() + "/password",
                Map.of("password", "a brand new long password"));

        assertSignedOut(onTwo.get("/supervision"));
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var onTwo = signedInOnNodeOne(staff).at(port(two));
        // a copy of the session cookie, as a stolen one would be, sent to node one after signing out on node two
        var copy = new Browser(port(one)).through(Map.of("Cookie", "SESSION=" + onTwo.cookie("SESSION")));
        assertThat(copy.get("/caseload").statusCode()).isEqualTo(200);
        var signedOut = onTwo.submit("/caseload", "/logout", Map.of());
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?signedOut"));
        assertSignedOut(copy.get("/caseload"));
        assertThat(one.getBean(JdbcClient.class)
                        .sql("select count(*) from spring_session where principal_name = ?")
                        .param(staff.username())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

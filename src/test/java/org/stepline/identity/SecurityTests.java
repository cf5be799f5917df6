package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.caseload.CaseloadFixtures;

/** Signing in, lock-out, CSRF, headers, password storage and role rules, through the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityTests {

    private static final String LOCKED = "This account is locked after too many failed sign-ins.";
    private static final String WRONG = "The username or password is not right.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    CaseloadFixtures make;
    long team;

    @BeforeEach
    void fixtures() {
        make = new CaseloadFixtures(jdbc, enrolment);
        team = make.team("Security");
    }

    private Browser signedIn(CurrentStaff staff) throws Exception {
        var browser = new Browser(port);
        assertThat(browser.signIn(staff.username(), CaseloadFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        return browser;
    }

    @Test
    void aSessionsLastAccessTimeIsWrittenAtMostOnceAMinute() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var browser = signedIn(staff);
        long atSignIn = lastAccess(staff);
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
        assertThat(lastAccess(staff)).as("not written again within the minute").isEqualTo(atSignIn);

        jdbc.sql("""
                        update spring_session set last_access_time = last_access_time - 120000,
                            expiry_time = expiry_time - 120000 where principal_name = ?""").param(staff.username()).update();
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
        assertThat(lastAccess(staff)).as("written once more than a minute old").isGreaterThanOrEqualTo(atSignIn);
        assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where principal_name = ?")
                        .param(staff.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(sessionTimeout.toMillis());
    }

    private long lastAccess(CurrentStaff staff) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
                .param(staff.username())
                .query(Long.class)
                .single();
    }

    @Test
    void signingInWithTheFormLandsOnTheRolesStartPage() throws Exception {
        Map<Role, String> startPages = Map.of(
                Role.PRACTITIONER,
                "/caseload",
                Role.SUPERVISOR,
                "/caseload",
                Role.MANAGER,
                "/overview",
                Role.ADMIN,
                "/admin/users");
        for (var entry : startPages.entrySet()) {
            var staff = make.staff(entry.getKey(), entry.getKey().isClinician() ? team : null);
            var browser = new Browser(port);
            var signedIn = browser.signIn(staff.username(), CaseloadFixtures.PASSWORD);
            var home = browser.get("/");
            assertThat(home.headers().firstValue("Location"))
                    .as(entry.getKey().name())
                    .hasValueSatisfying(location -> assertThat(location).endsWith(entry.getValue()));
            var start = browser.follow(signedIn);
            assertThat(start.statusCode()).as(entry.getKey().name()).isEqualTo(200);
            assertThat(start.body()).contains(staff.displayName());
        }
    }

    @Test
    void aWrongPasswordIsRefusedInPlainEnglish() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var browser = new Browser(port);
        var page = browser.follow(browser.signIn(staff.username(), "not the password at all"));
        assertThat(page.body()).contains(WRONG).doesNotContain(LOCKED);
    }

    @Test
    void anAccountLocksAfterFiveFailedSignInsUntilAnAdministratorUnlocksIt() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var browser = new Browser(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            var refused = browser.signIn(staff.username(), "wrong password " + attempt);
            assertThat(refused.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        var withTheRightPassword = browser.follow(browser.signIn(staff.username(), CaseloadFixtures.PASSWORD));
        assertThat(withTheRightPassword.body()).contains(LOCKED);
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(302);

        var admin = signedIn(make.staff(Role.ADMIN, null));
        assertThat(admin.get("/admin/users/" + staff.id()).body()).contains("Locked");
        var unlocked = admin.submit("/admin/users/" + staff.id(), "/admin/users/" + staff.id() + "/unlock", Map.of());
        assertThat(admin.follow(unlocked).body()).contains("has been unlocked");

        var again = new Browser(port);
        assertThat(again.follow(again.signIn(staff.username(), CaseloadFixtures.PASSWORD))
                        .body())
                .contains("My caseload");
    }

    @Test
    void changingAnAccountEndsItsSessionsAtOnce() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var practitioner = signedIn(staff);
        assertThat(practitioner.get("/caseload").statusCode()).isEqualTo(200);

        long otherTeam = make.team("Moved");
        var admin = signedIn(make.staff(Role.ADMIN, null));
        var saved = admin.submit(
                "/admin/users/" + staff.id(),
                "/admin/users/" + staff.id(),
                Map.of(
                        "displayName",
                        staff.displayName(),
                        "role",
                        "PRACTITIONER",
                        "team",
                        String.valueOf(otherTeam),
                        "status",
                        "ACTIVE"));
        assertThat(saved.statusCode()).isEqualTo(302);

        var next = practitioner.get("/caseload");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?sessionEnded"));
        assertThat(practitioner.follow(next).body()).contains("because an administrator changed your account");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        assertThat(new Browser(port)
                        .post("/login", Map.of("username", staff.username(), "password", CaseloadFixtures.PASSWORD))
                        .statusCode())
                .isEqualTo(400);

        var admin = signedIn(make.staff(Role.ADMIN, null));
        String name = CaseloadFixtures.unique("Csrf ");
        var refused = admin.post("/admin/teams", Map.of("name", name));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Stepline could not read what was sent")
                .doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from team where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void securityHeadersAreSentOnEveryPage() throws Exception {
        var browser = signedIn(make.staff(Role.PRACTITIONER, team));
        for (var response : new HttpResponse<?>[] {new Browser(port).get("/login"), browser.get("/caseload")}) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(
                            csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        var staff = make.staff(Role.MANAGER, null);
        assertThat(jdbc.sql("select password_hash from staff_user where id = ?")
                        .param(staff.id())
                        .query(String.class)
                        .single())
                .startsWith("{argon2}")
                .doesNotContain(CaseloadFixtures.PASSWORD);
    }

    @Test
    void sessionsTimeOut() {
        assertThat(sessionTimeout).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void eachRoleGetsAPlainEnglishRefusalOutsideItsPages() throws Exception {
        assertRefused(make.staff(Role.PRACTITIONER, team), "/admin/users", "/admin/audit", "/overview");
        assertRefused(make.staff(Role.MANAGER, null), "/caseload", "/patients/1");
        assertRefused(make.staff(Role.ADMIN, null), "/caseload");
    }

    private void assertRefused(CurrentStaff staff, String... paths) throws Exception {
        var browser = signedIn(staff);
        for (String path : paths) {
            var response = browser.get(path);
            assertThat(response.statusCode()).as(staff.role() + " at " + path).isEqualTo(403);
            assertThat(response.body())
                    .as(staff.role() + " at " + path)
                    .contains("You do not have access to this page", "ask your supervisor or an administrator")
                    .doesNotContain("Exception", "at org.", "Whitelabel", "Forbidden");
        }
    }
}

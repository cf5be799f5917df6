package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.internal.SignInProtectionAccess;

/**
 * Signing in cannot be turned against staff, and works behind a proxy that ends TLS: the lock starts afresh after
 * it expires, failures slow down their client address (not the account), hashing is bounded, and an unknown username
 * looks and takes the same as a known one. Requests arrive as through a proxy (X-Forwarded-For, X-Forwarded-Proto),
 * each test from addresses of its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "stepline.security.max-failed-sign-ins=5",
            "stepline.security.lockout=5s",
            "stepline.security.address-free-failures=2",
            "stepline.security.address-first-wait=3s",
            "stepline.security.address-forget-after=1m",
            "stepline.security.password-hash-wait=200ms"
        })
class SignInProtectionTests {

    private static final String WRONG = "The username or password is not right.";
    private static final String LOCKED = "This account is locked after too many failed sign-ins.";
    private static final String WAIT = "Too many failed sign-ins have come from your network.";
    private static final String BUSY = "Stepline is busy checking other sign-ins.";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    PasswordEncoder encoder;

    CaseloadFixtures make;
    long team;

    @BeforeEach
    void fixtures() {
        make = new CaseloadFixtures(jdbc, enrolment);
        team = make.team("Protection");
    }

    /** A browser at an address of its own (documentation range), arriving through the proxy. */
    private Browser fromNewAddress() {
        int n = ADDRESSES.incrementAndGet();
        return new Browser(port).through(Map.of("X-Forwarded-For", "198.51." + (n / 250) + "." + (n % 250 + 1)));
    }

    private static String signInPage(Browser browser, String username, String password) throws Exception {
        return browser.follow(browser.signIn(username, password)).body();
    }

    private int failedAttempts(CurrentStaff staff) {
        return jdbc.sql("select failed_attempts from staff_user where id = ?")
                .param(staff.id())
                .query(Integer.class)
                .single();
    }

    @Test
    void afterALockExpiresOneMoreWrongPasswordDoesNotLockAgain() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        for (int i = 1; i <= 5; i++) {
            assertThat(signInPage(fromNewAddress(), staff.username(), "wrong " + i))
                    .contains(WRONG);
        }
        assertThat(signInPage(fromNewAddress(), staff.username(), CaseloadFixtures.PASSWORD))
                .contains(LOCKED);

        Thread.sleep(5_200); // the lock (5 s here) expires
        assertThat(signInPage(fromNewAddress(), staff.username(), "wrong again"))
                .contains(WRONG);
        assertThat(failedAttempts(staff)).isEqualTo(1);
        assertThat(signInPage(fromNewAddress(), staff.username(), CaseloadFixtures.PASSWORD))
                .contains("My caseload");
    }

    @Test
    void failuresSlowTheirAddressDownWithoutLockingTheRealUserOut() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        var attacker = fromNewAddress();
        for (int i = 1; i <= 3; i++) { // two free failures, then the address waits 3 s
            assertThat(signInPage(attacker, staff.username(), "guess " + i)).contains(WRONG);
        }
        String refused = signInPage(attacker, staff.username(), "guess 4");
        assertThat(refused).contains(WAIT, "Wait 3 seconds, then try again.").doesNotContain(WRONG);
        // while it waits, not even the right password is looked at from there, and refusals count for nothing
        assertThat(signInPage(attacker, staff.username(), CaseloadFixtures.PASSWORD))
                .contains(WAIT);
        assertThat(failedAttempts(staff)).isEqualTo(3);

        // the real user, elsewhere, signs in at once
        var realUser = fromNewAddress();
        assertThat(signInPage(realUser, staff.username(), CaseloadFixtures.PASSWORD))
                .contains("My caseload");

        Thread.sleep(3_100);
        assertThat(signInPage(attacker, staff.username(), "guess 5")).contains(WRONG);
        assertThat(signInPage(attacker, staff.username(), "guess 6")).contains(WAIT, "Wait 6 seconds"); // doubled
    }

    @Test
    void anUnknownUsernameLooksTheSameAsAKnownOneLockedOrNot() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        String unknown = CaseloadFixtures.unique("nobody.");
        for (int i = 1; i <= 5; i++) {
            assertThat(signInPage(fromNewAddress(), unknown, "wrong " + i)).contains(WRONG);
        }
        for (int i = 1; i <= 5; i++) {
            signInPage(fromNewAddress(), staff.username(), "wrong " + i);
        }
        // the account is locked now, but only someone with its password is told so
        String lockedWrong = signInPage(fromNewAddress(), staff.username(), "wrong again");
        String unknownWrong = signInPage(fromNewAddress(), unknown, "wrong again");
        assertThat(lockedWrong).contains(WRONG).doesNotContain(LOCKED);
        assertThat(errorSummary(lockedWrong)).isEqualTo(errorSummary(unknownWrong));
        assertThat(signInPage(fromNewAddress(), staff.username(), CaseloadFixtures.PASSWORD))
                .contains(LOCKED);
        assertThat(jdbc.sql("select count(*) from staff_user where username = ?")
                        .param(unknown)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownUsernameTakesAsLongAsAKnownOne() throws Exception {
        var staff = make.staff(Role.MANAGER, null);
        String unknown = CaseloadFixtures.unique("nobody.");
        List<Long> known = new ArrayList<>();
        List<Long> strangers = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // below the lock limit; each from a fresh address
            known.add(timeOfSignIn(fromNewAddress(), staff.username()));
            strangers.add(timeOfSignIn(fromNewAddress(), unknown));
        }
        long knownMedian = median(known);
        long unknownMedian = median(strangers);
        // a password hash (Argon2id) costs tens of milliseconds; without the dummy hash an unknown name would take a
        // small fraction of that
        assertThat(unknownMedian)
                .as("unknown %d µs, known %d µs", unknownMedian, knownMedian)
                .isGreaterThan(knownMedian / 2);
    }

    private static long timeOfSignIn(Browser browser, String username) throws Exception {
        browser.get("/login");
        var page = browser.get("/login");
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(token.find()).isTrue();
        long started = System.nanoTime();
        var response =
                browser.post("/login", Map.of("username", username, "password", "not it", "_csrf", token.group(1)));
        long micros = (System.nanoTime() - started) / 1_000;
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        return micros;
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    @Test
    void whenEveryHashingTurnIsTakenASignInIsRefusedWithAPlainPageAndCountsForNothing() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        int taken = SignInProtectionAccess.occupyAllHashing(encoder);
        try {
            var browser = fromNewAddress();
            var response = browser.signIn(staff.username(), CaseloadFixtures.PASSWORD);
            assertThat(response.statusCode()).isEqualTo(302);
            var page = browser.follow(response);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(BUSY).doesNotContain(WRONG, "Exception");
        } finally {
            SignInProtectionAccess.release(encoder, taken);
        }
        assertThat(failedAttempts(staff)).isZero();
        assertThat(signInPage(fromNewAddress(), staff.username(), CaseloadFixtures.PASSWORD))
                .contains("My caseload");
    }

    @Test
    void behindAProxyThatEndsTlsTheCookieIsSecureAndHstsIsSent() throws Exception {
        var https = new Browser(port).through(Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"));
        HttpResponse<String> page = https.get("/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(sessionCookie(page)).contains("HttpOnly", "Secure", "SameSite=Lax");

        var plain = new Browser(port)
                .through(Map.of("X-Forwarded-For", "203.0.113.8"))
                .get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(plain)).contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void theAddressSlowedDownIsTheClientsAsForwardedByTheProxy() throws Exception {
        var browser = new Browser(port).through(Map.of("X-Forwarded-For", "203.0.113.9"));
        browser.signIn(CaseloadFixtures.unique("nobody."), "wrong");
        assertThat(jdbc.sql("select failures from sign_in_throttle where address = '203.0.113.9'")
                        .query(Integer.class)
                        .optional())
                .hasValueSatisfying(failures -> assertThat(failures).isPositive());
    }

    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + response.headers().map()));
    }

    private static String errorSummary(String page) {
        int start = page.indexOf("nhsuk-error-summary__body");
        return page.substring(start, page.indexOf("</div>", start));
    }
}

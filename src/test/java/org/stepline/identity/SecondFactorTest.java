package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.internal.OneTimeCodes;

/**
 * A local account's second factor, through the running application as a person uses it: set up from their account
 * (key shown as text and as an otpauth address), then asked after the password; a wrong code and a code used before
 * are refused and count towards the lock; an operator's reset lets the owner in with the password alone.
 */
class SecondFactorTest extends OrganisationSignInContext {

    private static final Pattern KEY = Pattern.compile("data-testid=\"secret\"><code>([A-Z2-7]+)</code>");

    @Autowired
    AccountRecovery recovery;

    private static String keyOn(HttpResponse<String> page) {
        var key = KEY.matcher(page.body());
        assertThat(key.find()).as("the key is shown on " + page.uri()).isTrue();
        return key.group(1);
    }

    private static String wrong(String code) {
        return code.charAt(0) == '9' ? "0" + code.substring(1) : (char) (code.charAt(0) + 1) + code.substring(1);
    }

    private String setUp(CurrentStaff staff) throws Exception {
        var browser = new HopBrowser(port);
        assertThat(browser.signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD)
                        .uri()
                        .getPath())
                .as("no second factor yet, none compulsory: straight in")
                .isEqualTo("/caseload");
        var page = browser.open("/account/second-factor");
        String key = keyOn(page);
        assertThat(page.body())
                .contains(
                        "Set up your second factor",
                        "otpauth://totp/Stepline:" + staff.username() + "?secret=" + key + "&amp;issuer=Stepline");
        assertThat(page.body()).as("the key as a QR code too").contains("data-testid=\"qr-code\"><svg ");

        var refused =
                browser.submit(page, "/account/second-factor", Map.of("code", wrong(OneTimeCodes.codeFor(key, 0))));
        assertThat(refused.body()).contains("The code is not right");
        assertThat(keyOn(refused))
                .as("the same key, kept in the session until confirmed")
                .isEqualTo(key);
        assertThat(stored(staff)).as("nothing kept before a right code").isNull();

        var done = browser.submit(refused, "/account/second-factor", Map.of("code", OneTimeCodes.codeFor(key, 0)));
        assertThat(done.uri().getPath()).isEqualTo("/account/second-factor");
        assertThat(done.body())
                .contains(
                        "Your second factor is set up",
                        "Stepline will ask for a code each time you sign in with your password.")
                .doesNotContain(key);
        return key;
    }

    private String stored(CurrentStaff staff) {
        return jdbc.sql("select secret from staff_second_factor where staff_id = ?")
                .param(staff.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void setUpThenEverySignInWithAPasswordAsksForARightCode() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        String key = setUp(staff);
        assertThat(stored(staff)).as("kept encrypted").startsWith("aes:").doesNotContain(key);

        var browser = new HopBrowser(port);
        var codePage = browser.signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD);
        assertThat(codePage.uri().getPath()).isEqualTo("/login/code");
        assertThat(codePage.body()).contains("Enter the code from your authenticator app");
        assertThat(browser.open("/caseload").uri().getPath())
                .as("no page before the code")
                .isEqualTo("/login/code");
        assertThat(browser.open("/patients").uri().getPath()).isEqualTo("/login/code");

        var wrong = browser.submit(codePage, "/login/code", Map.of("code", wrong(OneTimeCodes.codeFor(key, 1))));
        assertThat(wrong.body()).contains("The code is not right, or has been used already");
        assertThat(failedAttempts(staff.id()))
                .as("a wrong code counts as a failed sign-in")
                .isEqualTo(1);

        var in = browser.submit(wrong, "/login/code", Map.of("code", OneTimeCodes.codeFor(key, 1)));
        assertThat(in.uri().getPath()).isEqualTo("/caseload");
        assertThat(signedInAs(in)).isEqualTo(staff.displayName() + " (Practitioner)");
        assertThat(failedAttempts(staff.id())).isZero();
    }

    @Test
    void aCodeUsedOnceIsRefusedTheSecondTimeAndWrongCodesLockTheAccount() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        String key = setUp(staff);
        String code = OneTimeCodes.codeFor(key, 1);
        var first = new HopBrowser(port);
        assertThat(first.submit(
                                first.signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD),
                                "/login/code",
                                Map.of("code", code))
                        .uri()
                        .getPath())
                .isEqualTo("/caseload");

        var second = new HopBrowser(port);
        var codePage = second.signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD);
        var replayed = second.submit(codePage, "/login/code", Map.of("code", code));
        assertThat(replayed.uri().getPath()).isEqualTo("/login/code");
        assertThat(replayed.body()).contains("has been used already");
        var earlier = second.submit(replayed, "/login/code", Map.of("code", OneTimeCodes.codeFor(key, 0)));
        assertThat(earlier.body()).as("the code that set it up is used too").contains("has been used already");
        assertThat(failedAttempts(staff.id())).isEqualTo(2);
        assertThat(second.open("/caseload").uri().getPath()).isEqualTo("/login/code");

        var page = earlier;
        for (int attempt = 3; attempt <= 5; attempt++) {
            page = second.submit(page, "/login/code", Map.of("code", wrong(OneTimeCodes.codeFor(key, 1))));
        }
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("This account is locked after too many failed sign-ins.");
        assertThat(second.open("/caseload").uri().getPath()).as("signed out").isEqualTo("/login");
        assertThat(new HopBrowser(port)
                        .signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD)
                        .body())
                .as("the right password does not help a locked account")
                .contains("This account is locked");
    }

    @Test
    void anAdministratorResetsItOnTheAccountsPage() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        setUp(staff);
        var admin = make.staff(Role.ADMIN, null);
        var browser = new HopBrowser(port);
        browser.signInWithPassword(admin.username(), CaseloadFixtures.PASSWORD);
        var page = browser.open("/admin/users/" + staff.id());
        assertThat(page.body()).contains("Reset second factor");

        var reset = browser.submit(page, "/admin/users/" + staff.id() + "/second-factor/reset", Map.of());
        assertThat(reset.body())
                .contains(
                        "The second factor of " + staff.username() + " has been reset",
                        "This account has no second factor.");
        assertThat(stored(staff)).isNull();
        assertThat(jdbc.sql("select detail from audit_event where actor_id = ? order by id desc limit 1")
                        .param(admin.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Reset the second factor of " + staff.username());
    }

    @Test
    void anOperatorResetsALostSecondFactorAndTheOwnerSignsInWithTheirPasswordAlone() throws Exception {
        var staff = make.staff(Role.PRACTITIONER, team);
        setUp(staff);

        assertThat(recovery.resetSecondFactor(staff.username(), "command line (test)"))
                .isEqualTo(AccountRecovery.Outcome.DONE);
        assertThat(recovery.resetSecondFactor(staff.username(), "command line (test)"))
                .isEqualTo(AccountRecovery.Outcome.NOTHING_TO_DO);
        assertThat(recovery.resetSecondFactor("nobody.at.all", "command line (test)"))
                .isEqualTo(AccountRecovery.Outcome.NO_SUCH_ACCOUNT);

        assertThat(stored(staff)).isNull();
        assertThat(new HopBrowser(port)
                        .signInWithPassword(staff.username(), CaseloadFixtures.PASSWORD)
                        .uri()
                        .getPath())
                .isEqualTo("/caseload");
        assertThat(jdbc.sql("select detail from audit_event where actor_username = 'command line (test)'")
                        .query(String.class)
                        .list())
                .containsExactly("Reset the second factor of " + staff.username() + " from the command line");
    }
}

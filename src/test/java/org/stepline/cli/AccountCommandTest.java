package org.stepline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepline.SteplineApplication;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

/**
 * {@code account unlock NAME}, {@code account reset-password NAME} and {@code account reset-second-factor NAME} as an
 * operator runs them, each starting
 * Stepline without a web server on the test database (this test's own context only looks at what they did).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AccountCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    PasswordEncoder encoder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CurrentStaff admin;

    @BeforeEach
    void anAdministrator() {
        admin = new CaseloadFixtures(jdbc, enrolment).staff(Role.ADMIN, null);
    }

    private int run(String input, String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(
                SteplineApplication.class,
                args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true),
                new PrintStream(err, true));
    }

    private void lock() {
        jdbc.sql("update staff_user set failed_attempts = 5, locked_until = now() + interval '15 minutes' where id = ?")
                .param(admin.id())
                .update();
    }

    /** A session of the account as Spring Session keeps it, on whichever node. */
    private void aSession() {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name) values (?, ?, 0, 0, 1800, ?, ?)""")
                .params(id, UUID.randomUUID().toString(), System.currentTimeMillis() + 1_800_000, admin.username())
                .update();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(admin.username())
                .query(Long.class)
                .single();
    }

    private String hash() {
        return jdbc.sql("select password_hash from staff_user where id = ?")
                .param(admin.id())
                .query(String.class)
                .single();
    }

    private boolean mustChange() {
        return jdbc.sql("select must_change_password from staff_user where id = ?")
                .param(admin.id())
                .query(Boolean.class)
                .single();
    }

    private String lastAudit() {
        return jdbc.sql("select actor_username || ': ' || detail from audit_event order by id desc limit 1")
                .query(String.class)
                .single();
    }

    @Test
    void unlockLiftsTheLockAndIsAudited() {
        lock();
        assertThat(run("", "account", "unlock", admin.username()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("The account " + admin.username() + " is unlocked.");
        assertThat(jdbc.sql("select failed_attempts = 0 and locked_until is null from staff_user where id = ?")
                        .param(admin.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(lastAudit())
                .isEqualTo("command line (" + System.getProperty("user.name") + "): Unlocked the account "
                        + admin.username() + " from the command line");
    }

    @Test
    void resetSecondFactorForgetsItEndsTheSessionsAndIsAudited() {
        jdbc.sql("insert into staff_second_factor (staff_id, secret, last_step) values (?, 'plain:AAAA', 1)")
                .param(admin.id())
                .update();
        aSession();
        assertThat(run("", "account", "reset-second-factor", admin.username()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("The second factor of " + admin.username() + " is reset.");
        assertThat(jdbc.sql("select count(*) from staff_second_factor where staff_id = ?")
                        .param(admin.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(sessions()).as("the account's sessions end").isZero();
        assertThat(lastAudit()).endsWith("Reset the second factor of " + admin.username() + " from the command line");

        assertThat(run("", "account", "reset-second-factor", admin.username())).isZero();
        assertThat(out.toString()).contains("has no second factor: nothing was changed");
        assertThat(run("", "account", "reset-second-factor", "no.such.person")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no account named no.such.person");
    }

    @Test
    void resetPasswordReadsItFromStandardInputToBeChangedAtTheNextSignIn() {
        lock();
        aSession();
        String chosen = "a new password from a script";
        assertThat(run(chosen + "\n", "account", "reset-password", admin.username(), "--password-stdin"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("The password of " + admin.username() + " is reset.")
                .doesNotContain(chosen);
        assertThat(encoder.matches(chosen, hash())).isTrue();
        assertThat(mustChange()).isTrue();
        assertThat(sessions()).as("the account's sessions end").isZero();
        assertThat(jdbc.sql("select locked_until is null from staff_user where id = ?")
                        .param(admin.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(lastAudit()).endsWith("Reset the password of " + admin.username() + " from the command line");
    }

    @Test
    void resetPasswordWithoutInputMakesOneUpAndPrintsItOnce() {
        assertThat(run("", "account", "reset-password", admin.username()))
                .as(err.toString())
                .isZero();
        var printed = Pattern.compile("is reset to: (\\S+)").matcher(out.toString());
        assertThat(printed.find()).as(out.toString()).isTrue();
        assertThat(printed.group(1)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(encoder.matches(printed.group(1), hash())).isTrue();
        assertThat(mustChange()).isTrue();
    }

    @Test
    void aPasswordThatBreaksTheRulesOrAnUnknownAccountChangesNothing() {
        String before = hash();
        assertThat(run("short\n", "account", "reset-password", admin.username(), "--password-stdin"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Password must be at least 12 characters. Nothing was changed.");
        assertThat(run("", "account", "reset-password", admin.username(), "--password-stdin"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no password on standard input");
        assertThat(hash()).isEqualTo(before);
        assertThat(mustChange()).isFalse();

        assertThat(run("", "account", "unlock", "no.such.person")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no account named no.such.person. Nothing was changed.");
    }
}

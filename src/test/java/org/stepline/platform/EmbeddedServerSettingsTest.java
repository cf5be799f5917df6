package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class EmbeddedServerSettingsTest {

    @Autowired
    JdbcClient jdbc;

    /** Without it an import writes each of its rows twice (table and WAL); see docs/decisions.md. */
    @Test
    void theEmbeddedServerKeepsNoMoreWalThanCrashRecoveryNeeds() {
        assertThat(jdbc.sql("show wal_level").query(String.class).single()).isEqualTo("minimal");
        assertThat(jdbc.sql("show max_wal_senders").query(String.class).single())
                .isEqualTo("0");
    }

    @Test
    void theServerIsDurableAndListensOnLoopbackOnly() throws Exception {
        assertThat(EmbeddedPostgresServers.settings("minimal", false))
                .containsEntry("synchronous_commit", "on")
                .containsEntry("fsync", "on")
                .containsEntry("listen_addresses", "localhost")
                .containsEntry("unix_socket_directories", "''");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(jdbc.sql("show listen_addresses").query(String.class).single())
                .isEqualTo("localhost");
        var rules = Files.readAllLines(Path.of("target/test-data/postgres/pg_hba.conf")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(rules).as("no trust, no peer, no md5").isNotEmpty().allMatch(line -> line.endsWith("scram-sha-256"));
    }

    @Test
    void stepLineWorksAsAnApplicationRoleThatIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("stepline_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql(
                                "select count(*) from pg_class where relowner = 'stepline_app'::regrole and relpersistence <> 't'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDataDirectoryOrPasswordsFileOthersCanOpenIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> PrivateFiles.requirePrivateDirectory(dir))
                .isInstanceOf(PrivateFiles.TooOpen.class)
                .hasMessage("Stepline will not start: other users on this machine can open " + dir.toAbsolutePath()
                        + " (rwxr-xr-x); run 'chmod 700 " + dir.toAbsolutePath() + "' and start again.");
        var fresh = dir.resolve("data");
        PrivateFiles.requirePrivateDirectory(fresh);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwx------");
        DatabasePasswords.generate(fresh);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DatabasePasswords.file(fresh))))
                .isEqualTo("rw-------");
        assertThat(DatabasePasswords.read(fresh).application()).hasSizeGreaterThan(40);
        Files.setPosixFilePermissions(DatabasePasswords.file(fresh), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> DatabasePasswords.read(fresh)).hasMessageContaining("chmod 600");
    }

    @Test
    void anUnknownWalLevelIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new PlatformProperties(Path.of("x"), false, "archive"))
                .hasMessageContaining("stepline.embedded-wal-level must be minimal, replica or logical");
    }
}

package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
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
        assertThat(jdbc.sql("show max_wal_senders").query(String.class).single()).isEqualTo("0");
    }

    @Test
    void anUnknownWalLevelIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new PlatformProperties(Path.of("x"), false, "archive"))
                .hasMessageContaining("stepline.embedded-wal-level must be minimal, replica or logical");
    }
}

package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The start-up log's last line (logged at INFO, which test runs keep quiet, so the text itself is checked). */
class ReadyMessageTest {

    @Test
    void theLastLineNamesTheAddressOfThePortInUseAndHowToSignIn() {
        var environment = new MockEnvironment().withProperty("local.server.port", "8123");
        assertThat(ReadyMessage.text(new ReadyMessage(environment, "").address()))
                .contains("open http://localhost:8123 and sign in as 'admin'", "STEPLINE_ADMIN_PASSWORD");
    }

    @Test
    void aConfiguredPublicAddressIsTheOneToOpen() {
        assertThat(ReadyMessage.text(
                        new ReadyMessage(new MockEnvironment(), "https://stepline.example.org/").address()))
                .contains("open https://stepline.example.org and sign in");
    }
}

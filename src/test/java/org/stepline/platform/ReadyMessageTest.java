package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class ReadyMessageTest {

    @Test
    void theLastLineNamesTheAddressOfThePortInUseAndHowToSignIn(CapturedOutput output) {
        var environment = new MockEnvironment().withProperty("local.server.port", "8123");
        new ReadyMessage(environment, "").announce();
        assertThat(output.getOut()).contains("open http://localhost:8123 and sign in as 'admin'",
                "STEPLINE_ADMIN_PASSWORD");
    }

    @Test
    void aConfiguredPublicAddressIsTheOneToOpen(CapturedOutput output) {
        new ReadyMessage(new MockEnvironment(), "https://stepline.example.org/").announce();
        assertThat(output.getOut()).contains("open https://stepline.example.org and sign in");
    }
}

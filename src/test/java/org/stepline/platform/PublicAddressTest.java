package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links in messages are built with https: a public address on plain http is refused unless it is this machine. */
class PublicAddressTest {

    @ParameterizedTest(name = "''{0}'' is accepted")
    @CsvSource(
            nullValues = "-",
            value = {
                "-",
                "''",
                "https://stepline.example.nhs.uk",
                "https://stepline.example.nhs.uk/",
                "HTTPS://stepline.example.nhs.uk:8443/base",
                "http://localhost:8080",
                "http://127.0.0.1:8080",
                "http://[::1]:8080"
            })
    void httpsOrThisMachine(String url) {
        assertThat(PublicAddress.problem(url)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://stepline.example.nhs.uk|must start with https://",
                "http://10.0.0.5:8080|must start with https://",
                "stepline.example.nhs.uk|must be a web address",
                "ftp://stepline.example.nhs.uk|must be a web address",
                "https://exa mple|must be a web address"
            })
    void plainHttpElsewhereIsRefused(String url, String problem) {
        assertThat(PublicAddress.problem(url))
                .hasValueSatisfying(p -> assertThat(p).contains(problem, url));
        assertThatThrownBy(() -> new PublicAddress(url)).hasMessageContaining(problem);
    }
}

package org.stepline.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkStateTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @ParameterizedTest(name = "{0}, expires {1}: {2} ({3})")
    @CsvSource(
            nullValues = "null",
            value = {
                "ISSUED, 2026-11-26T12:00:01Z, USABLE, 200",
                "ISSUED, 2026-11-26T12:00:00Z, EXPIRED, 410",
                "ISSUED, 2026-11-25T12:00:00Z, EXPIRED, 410",
                "COMPLETED, 2026-11-27T12:00:00Z, COMPLETED, 410",
                "COMPLETED, 2026-11-20T12:00:00Z, COMPLETED, 410",
                "LOCKED, 2026-11-27T12:00:00Z, LOCKED, 410",
                "REVOKED, 2026-11-27T12:00:00Z, REVOKED, 410",
                "SCHEDULED, null, NOT_ISSUED, 404",
                "null, null, UNKNOWN, 404"
            })
    void rules(String status, String expires, LinkState expected, int httpStatus) {
        var state = LinkState.of(status, expires == null ? null : Instant.parse(expires), NOW);
        assertThat(state).isEqualTo(expected);
        assertThat(state.httpStatus()).isEqualTo(httpStatus);
    }
}

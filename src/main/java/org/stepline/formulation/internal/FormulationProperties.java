package org.stepline.formulation.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stepline.formulation.*}: a folder of extra model files, how long a code may be shared, and the join limit
 * per network address.
 */
@ConfigurationProperties("stepline.formulation")
public record FormulationProperties(
        @Nullable Path modelsDir,
        @DefaultValue("1h") Duration sharingLimit,
        @DefaultValue("10") int joinAttemptsPerAddress,
        @DefaultValue("15m") Duration joinAttemptWindow,
        @DefaultValue("3") int wrongBirthDatesPerCode,
        @DefaultValue("30s") Duration presenceTimeout,
        @DefaultValue("5s") Duration heartbeat,
        @DefaultValue("14d") Duration copyLinkValidity) {

    public FormulationProperties {
        if (sharingLimit.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("stepline.formulation.sharing-limit may be at most 1h");
        }
    }
}

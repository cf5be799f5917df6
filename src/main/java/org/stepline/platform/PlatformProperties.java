package org.stepline.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Stepline keeps its data. {@code dataDir} holds the embedded PostgreSQL's files, which survive restarts;
 * {@code embeddedStartEmpty} wipes them at start (tests only). {@code embeddedWalLevel} is the embedded server's
 * {@code wal_level}: {@code minimal} (no replica, no WAL archive: a bulk import then writes its tables once instead
 * of twice), or {@code replica} for an operator who archives the WAL or streams it to a standby (docs/decisions.md).
 */
@ConfigurationProperties("stepline")
public record PlatformProperties(
        @DefaultValue("./stepline-data") Path dataDir,
        @DefaultValue("false") boolean embeddedStartEmpty,
        @DefaultValue("minimal") String embeddedWalLevel) {

    public PlatformProperties {
        if (!java.util.Set.of("minimal", "replica", "logical").contains(embeddedWalLevel)) {
            throw new IllegalArgumentException(
                    "stepline.embedded-wal-level must be minimal, replica or logical, not '" + embeddedWalLevel + "'");
        }
    }
}

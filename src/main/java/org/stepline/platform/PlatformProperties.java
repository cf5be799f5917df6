package org.stepline.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Stepline keeps its data. {@code dataDir} holds the embedded PostgreSQL's files, which survive restarts;
 * {@code embeddedStartEmpty} wipes them at start (tests only).
 */
@ConfigurationProperties("stepline")
public record PlatformProperties(
        @DefaultValue("./stepline-data") Path dataDir,
        @DefaultValue("false") boolean embeddedStartEmpty) {
}

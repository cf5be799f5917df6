package org.stepline.measures.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the measures module.
 *
 * @param instrumentsDir a folder of extra instrument files (a service's licensed measures); none by default
 * @param linkValidity how long a questionnaire link works after it is issued
 * @param maxDateOfBirthTries wrong dates of birth allowed before the link locks
 * @param publicBaseUrl the address patients reach Stepline at, for links; taken from the request when unset
 */
@ConfigurationProperties("stepline.measures")
public record MeasuresProperties(
        @Nullable Path instrumentsDir,
        @DefaultValue("72h") Duration linkValidity,
        @DefaultValue("5") int maxDateOfBirthTries,
        @Nullable String publicBaseUrl) {}

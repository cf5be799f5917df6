package org.stepline.outcomes.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outcomes module.
 *
 * @param suppressBelow figures whose denominator (or count) is under this are suppressed in downloads
 */
@ConfigurationProperties("stepline.outcomes")
public record OutcomesProperties(@DefaultValue("5") int suppressBelow) {}

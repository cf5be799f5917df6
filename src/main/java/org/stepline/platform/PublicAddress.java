package org.stepline.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The address patients reach Stepline at ({@code stepline.public-url}), checked at start-up: links in texts and
 * e-mails carry one-time tokens, so they must use https unless they point at this machine (localhost, for trying
 * Stepline out). Stepline refuses to start, saying why, rather than send patients plain-http links.
 */
@ConfigurationProperties("stepline")
public record PublicAddress(@Nullable String publicUrl) {

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public PublicAddress {
        problem(publicUrl).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** What is wrong with the address, if anything; unset is allowed (links then use the address in use). */
    static Optional<String> problem(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of(
                    "stepline.public-url must be a web address such as https://stepline.example.nhs.uk, not '" + url
                            + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || !Set.of("http", "https").contains(scheme)) {
            return Optional.of(
                    "stepline.public-url must be a web address such as https://stepline.example.nhs.uk, not '" + url
                            + "'");
        }
        if (scheme.equals("http") && !THIS_MACHINE.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("stepline.public-url must start with https:// (links sent to patients carry one-time "
                    + "tokens), not '" + url + "': only a localhost address may use http");
        }
        return Optional.empty();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicAddress.class)
    static class Checked {}
}

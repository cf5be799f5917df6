package org.stepline.measures.web;

import jakarta.servlet.http.HttpServletRequest;
import org.stepline.measures.internal.MeasuresProperties;

/** The address patients reach Stepline at: configured, or else the one staff are using. */
final class PublicLinks {

    private PublicLinks() {}

    static String base(HttpServletRequest request, MeasuresProperties properties) {
        if (properties.publicBaseUrl() != null && !properties.publicBaseUrl().isBlank()) {
            return properties.publicBaseUrl().replaceAll("/$", "");
        }
        int port = request.getServerPort();
        boolean standard = port == 80 || port == 443;
        return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port);
    }
}

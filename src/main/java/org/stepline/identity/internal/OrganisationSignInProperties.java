package org.stepline.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.stepline.identity.Role;

/**
 * Staff sign-in through the organisation's OpenID Connect provider (NHS CIS2, Microsoft Entra ID, Keycloak…): off
 * unless {@code issuer-uri} is set. The client secret comes from the environment ({@code STEPLINE_OIDC_CLIENT_SECRET}).
 *
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration} is read on first use
 * @param clientId Stepline's client id at the provider
 * @param clientSecret Stepline's client secret at the provider
 * @param scopes the scopes asked for ({@code openid} always)
 * @param organisationName shown on the sign-in page: "Sign in with …"
 * @param matchClaim the claim that identifies the person ({@code email}, {@code preferred_username} or {@code sub})
 * @param enrol whether someone the provider knows but Stepline does not gets an account (otherwise refused)
 * @param enrolRole the role of an enrolled person whose groups give none
 * @param groupsClaim the claim listing the person's groups or roles, used at enrolment (none by default)
 * @param groupRoles group to role, first configured first, e.g. {@code group-roles[stepline-supervisors]=SUPERVISOR}
 * @param groupTeams group to the name of an existing Stepline team, e.g. {@code group-teams[north-iapt]=North}
 */
@ConfigurationProperties("stepline.oidc")
public record OrganisationSignInProperties(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("your organisation") String organisationName,
        @DefaultValue("email") String matchClaim,
        @DefaultValue("false") boolean enrol,
        @DefaultValue("PRACTITIONER") Role enrolRole,
        @Nullable String groupsClaim,
        @Nullable LinkedHashMap<String, Role> groupRoles,
        @Nullable LinkedHashMap<String, String> groupTeams) {

    /** The registration id in Stepline's addresses: /login/organisation/… and /login/oauth2/code/…. */
    static final String REGISTRATION = "organisation";

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    OrganisationClaims.Rule rule() {
        return new OrganisationClaims.Rule(
                matchClaim,
                enrol,
                enrolRole,
                groupsClaim,
                groupRoles == null ? Map.of() : groupRoles,
                groupTeams == null ? Map.of() : groupTeams);
    }
}

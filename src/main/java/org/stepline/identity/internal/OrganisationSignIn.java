package org.stepline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in through the organisation's OpenID Connect provider, when {@code stepline.oidc.issuer-uri} is set:
 * the authorisation code flow with PKCE (Spring Security's OAuth 2.0 client), the provider found by discovery on first
 * use (so a provider that is down does not stop Stepline starting), the person mapped to a staff account by
 * {@link OrganisationAccounts}. Starts at {@value #START}; the provider answers at
 * {@code /login/oauth2/code/organisation}. ({@code /oauth2/**} is the API token endpoint's.)
 */
@Component
public class OrganisationSignIn {

    public static final String START = "/login/organisation/" + OrganisationSignInProperties.REGISTRATION;
    static final String REFUSED = "/login/refused";
    private static final Logger log = LoggerFactory.getLogger(OrganisationSignIn.class);

    private final OrganisationSignInProperties properties;
    private final OrganisationAccounts accounts;

    OrganisationSignIn(OrganisationSignInProperties properties, OrganisationAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** "Sign in with …" on the sign-in page. */
    public String organisationName() {
        return properties.organisationName();
    }

    /** Adds the organisation's sign-in to the staff's chain; does nothing when it is not configured. */
    void applyTo(HttpSecurity http) throws Exception {
        if (!enabled()) {
            return;
        }
        var registrations = new DiscoveredRegistration(properties);
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NotKept())
                .authorizationEndpoint(start -> start.authorizationRequestResolver(new UnlessUnreachable(
                        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/login/organisation"))))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffService()))
                .defaultSuccessUrl("/", true)
                .failureHandler(new SimpleUrlAuthenticationFailureHandler(REFUSED)));
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> staffService() {
        var provider = new OidcUserService();
        return request -> accounts.admit(provider.loadUser(request));
    }

    /** The provider's registration, found by discovery the first time it is needed, then kept. */
    static final class DiscoveredRegistration implements ClientRegistrationRepository {

        private final OrganisationSignInProperties properties;
        private volatile @Nullable ClientRegistration registration;

        DiscoveredRegistration(OrganisationSignInProperties properties) {
            this.properties = properties;
        }

        @Override
        public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
            if (!OrganisationSignInProperties.REGISTRATION.equals(registrationId)) {
                return null;
            }
            var found = registration;
            if (found == null) {
                try {
                    found = discover();
                    registration = found;
                } catch (RuntimeException unreachable) {
                    log.warn(
                            "The organisation's OpenID Connect provider {} could not be read ({})",
                            properties.issuerUri(),
                            unreachable.getClass().getSimpleName()); // its message can carry a whole error page
                    return null;
                }
            }
            return found;
        }

        private ClientRegistration discover() {
            String secret = properties.clientSecret();
            boolean publicClient = secret == null || secret.isBlank();
            return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(OrganisationSignInProperties.REGISTRATION)
                    .clientId(properties.clientId())
                    .clientSecret(publicClient ? null : secret)
                    .clientAuthenticationMethod(
                            publicClient
                                    ? ClientAuthenticationMethod.NONE
                                    : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(withOpenId(properties.scopes()))
                    .clientName(properties.organisationName())
                    .clientSettings(ClientRegistration.ClientSettings.builder()
                            .requireProofKey(true)
                            .build()) // PKCE
                    .build();
        }
    }

    /** {@code openid} always: without it the provider would answer with plain OAuth 2.0, and no ID token. */
    static java.util.Set<String> withOpenId(java.util.List<String> scopes) {
        var all = new java.util.LinkedHashSet<String>();
        all.add("openid");
        all.addAll(scopes);
        return all;
    }

    /** With the provider unreachable, the request goes on to a plain page that says so ({@code OrganisationSignInController}). */
    private record UnlessUnreachable(OAuth2AuthorizationRequestResolver resolver)
            implements OAuth2AuthorizationRequestResolver {

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            try {
                return resolver.resolve(request);
            } catch (IllegalArgumentException unreachable) {
                return null;
            }
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
            try {
                return resolver.resolve(request, registrationId);
            } catch (IllegalArgumentException unreachable) {
                return null;
            }
        }
    }

    /** Stepline calls none of the organisation's APIs: the provider's tokens are not kept after sign-in. */
    private static final class NotKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}

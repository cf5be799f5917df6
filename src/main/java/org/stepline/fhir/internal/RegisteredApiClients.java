package org.stepline.fhir.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The registered clients as Spring Authorization Server sees them: client credentials only, authenticated by a JWT
 * signed with one of the client's registered keys, access tokens valid for five minutes (as SMART advises).
 * A disabled client is unknown here. Registration goes through the administrator's page, never through this.
 */
@Component
class RegisteredApiClients implements RegisteredClientRepository {

    static final String KEYS = "stepline.client-keys";
    static final String TEAMS = "stepline.client-teams";
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final ApiClientStore store;

    RegisteredApiClients(ApiClientStore store) {
        this.store = store;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Clients are registered by an administrator");
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        try {
            return store.byId(Long.parseLong(id))
                    .filter(ApiClient::enabled)
                    .map(RegisteredApiClients::registered)
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return store.byClientId(clientId)
                .filter(ApiClient::enabled)
                .map(RegisteredApiClients::registered)
                .orElse(null);
    }

    static RegisteredClient registered(ApiClient client) {
        return RegisteredClient.withId(String.valueOf(client.id()))
                .clientId(client.clientId())
                .clientName(client.name())
                .clientIdIssuedAt(client.registeredAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(ClientSettings.builder()
                        .setting(KEYS, client.jwks())
                        .setting(TEAMS, client.teamIds().stream().sorted().toList())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(TOKEN_LIFETIME)
                        .build())
                .build();
    }
}

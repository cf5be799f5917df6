package org.stepline.fhir.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A registered machine client: another system, its public keys (a JWK Set), what it may do and for which teams. */
public record ApiClient(
        long id,
        String clientId,
        String name,
        String jwks,
        Set<String> scopes,
        Set<Long> teamIds,
        boolean enabled,
        Instant registeredAt) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
        teamIds = Set.copyOf(teamIds);
    }

    public List<String> sortedScopes() {
        return scopes.stream().sorted().toList();
    }
}

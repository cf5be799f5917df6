package org.stepline.fhir.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The machine client calling the API, as its access token says: who it is, its scopes and its teams. */
public record ApiCaller(String clientId, String name, Set<String> scopes, Set<Long> teamIds) {

    static final String TEAMS_CLAIM = "teams";
    static final String NAME_CLAIM = "client_name";
    /** How a client appears in the audit trail, beside staff usernames. */
    public static final String AUDIT_PREFIX = "client:";

    public static ApiCaller current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("No API client is signed in");
        }
        return of(token.getToken());
    }

    static ApiCaller of(Jwt jwt) {
        Collection<?> teams = jwt.getClaim(TEAMS_CLAIM) instanceof Collection<?> c ? c : List.of();
        Set<String> scopes =
                Set.copyOf(jwt.getClaimAsStringList("scope") == null ? List.of() : jwt.getClaimAsStringList("scope"));
        String name = jwt.getClaimAsString(NAME_CLAIM);
        return new ApiCaller(
                jwt.getSubject(),
                name == null ? jwt.getSubject() : name,
                scopes,
                teams.stream().map(t -> ((Number) t).longValue()).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean may(String resourceType, String access) {
        return Scopes.allows(scopes, resourceType, access);
    }

    public boolean serves(long teamId) {
        return teamIds.contains(teamId);
    }
}

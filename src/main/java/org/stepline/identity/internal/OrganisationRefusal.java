package org.stepline.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** The organisation's provider knows the person, but Stepline will not let them in (see {@link OrganisationClaims}). */
public final class OrganisationRefusal extends AuthenticationException {

    private final OrganisationClaims.Refusal reason;

    OrganisationRefusal(OrganisationClaims.Refusal reason) {
        super("Refused: " + reason);
        this.reason = reason;
    }

    public OrganisationClaims.Refusal reason() {
        return reason;
    }
}

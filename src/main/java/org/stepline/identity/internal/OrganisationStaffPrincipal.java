package org.stepline.identity.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffPrincipal;

/**
 * A member of staff signed in through the organisation's OpenID Connect provider: the same principal as a local
 * sign-in (every page and the audit trail see a {@link StaffPrincipal} named by the Stepline username, so ending an
 * account's sessions finds these too), carrying the provider's ID token. No second factor is asked: the organisation's
 * sign-in has its own.
 */
final class OrganisationStaffPrincipal extends StaffPrincipal implements OidcUser {

    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    OrganisationStaffPrincipal(CurrentStaff staff, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(staff, null, false, true, false, SecondStep.NONE);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The Stepline username (not the provider's subject): sessions are indexed by it. */
    @Override
    public String getName() {
        return getUsername();
    }
}

package org.stepline.identity.internal;

import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.internal.OrganisationClaims.Enrol;
import org.stepline.identity.internal.OrganisationClaims.Linked;
import org.stepline.identity.internal.OrganisationClaims.Refuse;
import org.stepline.identity.internal.OrganisationClaims.SignIn;

/**
 * Applies {@link OrganisationClaims}' rule to someone the organisation's provider has signed in: finds (or enrols)
 * their account, or refuses them. Refusals and enrolments are written to the audit trail, named by the provider's
 * claim (nobody is signed in yet).
 */
@Service
class OrganisationAccounts {

    static final String ACTOR = "organisation sign-in: ";

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final OrganisationSignInProperties properties;
    private final Clock clock;

    OrganisationAccounts(
            StaffAccounts accounts,
            PasswordEncoder encoder,
            AuditTrail audit,
            OrganisationSignInProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The principal of the person the provider signed in; throws the refusal otherwise. */
    @Transactional(noRollbackFor = AuthenticationException.class) // a refusal's audit entry is kept
    OrganisationStaffPrincipal admit(OidcUser person) {
        Map<String, Object> claims = person.getClaims();
        var rule = properties.rule();
        var login = OrganisationClaims.login(claims, rule);
        var linked = login.flatMap(accounts::findByOrganisationLogin);
        var decision = OrganisationClaims.decide(
                claims,
                rule,
                linked.map(
                        account -> new Linked(account.id(), account.enabled(), account.isLockedAt(clock.instant()))));
        StaffAccounts.Account account = switch (decision) {
            case SignIn signIn -> linked.orElseThrow();
            case Enrol enrol -> enrol(enrol);
            case Refuse refuse -> throw refused(refuse.reason(), login.orElse("(no " + rule.matchClaim() + ")"));
        };
        var staff = new CurrentStaff(
                account.id(), account.username(), account.displayName(), account.role(), account.teamId());
        return new OrganisationStaffPrincipal(staff, person.getIdToken(), person.getUserInfo());
    }

    private StaffAccounts.Account enrol(Enrol enrol) {
        String username = freeUsername(OrganisationClaims.usernameFor(enrol.login()));
        @Nullable
        Long team = enrol.teamName() == null
                ? null
                : accounts.findTeamByName(enrol.teamName())
                        .map(StaffAccounts.TeamRow::id)
                        .orElse(null);
        String name = AccountRules.displayNameProblem(enrol.displayName()).isEmpty() ? enrol.displayName() : username;
        // never used: the person signs in through the organisation; a password sign-in needs an administrator's reset
        String unusable = encoder.encode(AdministratorBootstrap.randomPassword());
        long id = accounts.createLinked(username, name, unusable, enrol.role(), team, enrol.login());
        audit.recordBy(
                ACTOR + enrol.login(),
                null,
                AuditAction.ADMIN,
                "Enrolled at their first sign-in through "
                        + properties.organisationName() + " as " + username + " ("
                        + enrol.role().label()
                        + (team == null ? ", no team yet" : ", " + enrol.teamName()) + ")");
        return accounts.findById(id).orElseThrow();
    }

    private String freeUsername(String wanted) {
        String candidate = wanted;
        for (int n = 2; accounts.findByUsername(candidate).isPresent(); n++) {
            candidate = wanted + "." + n;
        }
        return candidate;
    }

    private AuthenticationException refused(OrganisationClaims.Refusal reason, String login) {
        audit.recordBy(
                ACTOR + login,
                null,
                AuditAction.DENIED,
                "Sign-in through " + properties.organisationName()
                        + " refused: "
                        + switch (reason) {
                            case NO_IDENTITY ->
                                "the provider gave no " + properties.matchClaim() + " Stepline can trust";
                            case UNKNOWN -> "no staff account is linked to this person";
                            case DISABLED -> "the account is disabled";
                            case LOCKED -> "the account is locked";
                        });
        return switch (reason) {
            case DISABLED -> new DisabledException("Disabled");
            case LOCKED -> new LockedException("Locked");
            default -> new OrganisationRefusal(reason);
        };
    }
}

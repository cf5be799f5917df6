package org.stepline.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.Role;

/**
 * The rule from an OpenID Connect provider's claims to a Stepline staff account (README, "Sign-in through the
 * organisation"):
 * <ol>
 * <li>The person is the value of one configured claim ({@code email}, {@code preferred_username} or {@code sub});
 * an e-mail the provider says it has not verified identifies nobody.</li>
 * <li>That value, without regard to case, finds the staff account an administrator linked it to (or enrolment did).
 * A disabled or locked account is refused, whatever the provider says; otherwise the person signs in with the role
 * and team Stepline holds for the account.</li>
 * <li>Nobody linked: refused, unless the service allows enrolment. Then an account is made with the role of the first
 * configured group (in the order configured) that the person's group claim names, else the default role, and the
 * team of the first configured group they are in, else none: a clinician without a team sees no patient until an
 * administrator gives them one.</li>
 * </ol>
 */
public final class OrganisationClaims {

    private OrganisationClaims() {}

    /**
     * @param matchClaim the claim that identifies the person
     * @param enrol whether someone nobody linked is enrolled (otherwise refused)
     * @param enrolRole the role of someone enrolled whose groups give none
     * @param groupsClaim the claim that lists the person's groups (or roles), or null for none
     * @param groupRoles group name to role, in the order configured
     * @param groupTeams group name to Stepline team name, in the order configured
     */
    public record Rule(
            String matchClaim,
            boolean enrol,
            Role enrolRole,
            @Nullable String groupsClaim,
            Map<String, Role> groupRoles,
            Map<String, String> groupTeams) {}

    /** The account a login is linked to, as far as the rule needs it. */
    public record Linked(long accountId, boolean enabled, boolean locked) {}

    public enum Refusal {
        NO_IDENTITY,
        UNKNOWN,
        DISABLED,
        LOCKED
    }

    public sealed interface Decision {}

    public record SignIn(long accountId) implements Decision {}

    public record Enrol(
            String login,
            String displayName,
            Role role,
            @Nullable String teamName) implements Decision {}

    public record Refuse(Refusal reason) implements Decision {}

    /** The person's identifying value, if the provider gave one the rule can trust. */
    public static Optional<String> login(Map<String, Object> claims, Rule rule) {
        if ("email".equals(rule.matchClaim()) && Boolean.FALSE.equals(asBoolean(claims.get("email_verified")))) {
            return Optional.empty();
        }
        return claims.get(rule.matchClaim()) instanceof String value && !value.isBlank()
                ? Optional.of(value.strip())
                : Optional.empty();
    }

    public static Decision decide(Map<String, Object> claims, Rule rule, Optional<Linked> linked) {
        var login = login(claims, rule);
        if (login.isEmpty()) {
            return new Refuse(Refusal.NO_IDENTITY);
        }
        if (linked.isPresent()) {
            var account = linked.get();
            if (!account.enabled()) {
                return new Refuse(Refusal.DISABLED);
            }
            return account.locked() ? new Refuse(Refusal.LOCKED) : new SignIn(account.accountId());
        }
        if (!rule.enrol()) {
            return new Refuse(Refusal.UNKNOWN);
        }
        var groups = groups(claims, rule.groupsClaim());
        Role role = firstOf(rule.groupRoles(), groups);
        return new Enrol(
                login.get(),
                displayName(claims, login.get()),
                role == null ? rule.enrolRole() : role,
                firstOf(rule.groupTeams(), groups));
    }

    /** A group claim may be a list of names or a single name. */
    static List<String> groups(Map<String, Object> claims, @Nullable String groupsClaim) {
        Object value = groupsClaim == null ? null : claims.get(groupsClaim);
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value instanceof String one ? List.of(one) : List.of();
    }

    private static <T> @Nullable T firstOf(Map<String, T> byGroup, List<String> groups) {
        return byGroup.entrySet().stream()
                .filter(entry -> groups.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * The Stepline username of someone enrolled: the login's part before any {@code @}, in lower case, with every run of
     * other characters than letters and digits made one dot ({@link AccountRules}' username rule); the caller adds
     * {@code .2}, {@code .3}… when it is taken.
     */
    static String usernameFor(String login) {
        String local = login.contains("@") ? login.substring(0, login.indexOf('@')) : login;
        String username = local.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.+|\\.+$", "");
        if (username.length() > AccountRules.MAX_USERNAME_LENGTH - 4) {
            username =
                    username.substring(0, AccountRules.MAX_USERNAME_LENGTH - 4).replaceAll("\\.+$", "");
        }
        return username.isEmpty() ? "staff" : username;
    }

    static String displayName(Map<String, Object> claims, String login) {
        if (claims.get("name") instanceof String name && !name.isBlank()) {
            return name.strip();
        }
        String given = claims.get("given_name") instanceof String g ? g.strip() : "";
        String family = claims.get("family_name") instanceof String f ? f.strip() : "";
        String both = (given + " " + family).strip();
        return both.isEmpty() ? login : both;
    }

    private static @Nullable Boolean asBoolean(@Nullable Object value) {
        return value instanceof Boolean b ? b : value instanceof String s ? Boolean.valueOf(s) : null;
    }
}

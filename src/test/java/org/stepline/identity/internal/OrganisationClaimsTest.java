package org.stepline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepline.identity.Role;
import org.stepline.identity.internal.OrganisationClaims.Decision;
import org.stepline.identity.internal.OrganisationClaims.Enrol;
import org.stepline.identity.internal.OrganisationClaims.Linked;
import org.stepline.identity.internal.OrganisationClaims.Refusal;
import org.stepline.identity.internal.OrganisationClaims.Refuse;
import org.stepline.identity.internal.OrganisationClaims.Rule;
import org.stepline.identity.internal.OrganisationClaims.SignIn;

/** The documented rule from a provider's claims to a Stepline account, one row per case. */
class OrganisationClaimsTest {

    private static final Map<String, Role> ROLES =
            ordered("stepline-supervisors", Role.SUPERVISOR, "stepline-managers", Role.MANAGER);
    private static final Map<String, String> TEAMS = ordered("north-team", "North", "south-team", "South");
    private static final Rule REFUSE = new Rule("email", false, Role.PRACTITIONER, "groups", ROLES, TEAMS);
    private static final Rule ENROL = new Rule("email", true, Role.PRACTITIONER, "groups", ROLES, TEAMS);
    private static final Rule BY_SUBJECT = new Rule("sub", true, Role.MANAGER, null, Map.of(), Map.of());

    private static final Optional<Linked> NOBODY = Optional.empty();
    private static final Optional<Linked> ACTIVE = Optional.of(new Linked(7, true, false));

    @SafeVarargs
    private static <T> Map<String, T> ordered(Object... pairs) {
        var map = new LinkedHashMap<String, T>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T value = (T) pairs[i + 1];
            map.put((String) pairs[i], value);
        }
        return map;
    }

    private static Map<String, Object> claims(Object... pairs) {
        return ordered(pairs);
    }

    static Stream<Arguments> cases() {
        var ann = claims("sub", "f81d", "email", "ann.cole@nhs.net", "name", "Ann Cole");
        return Stream.of(
                Arguments.of("linked and active: signs in as the account", ann, REFUSE, ACTIVE, new SignIn(7)),
                Arguments.of(
                        "linked but disabled",
                        ann,
                        ENROL,
                        Optional.of(new Linked(7, false, false)),
                        new Refuse(Refusal.DISABLED)),
                Arguments.of(
                        "linked but locked",
                        ann,
                        ENROL,
                        Optional.of(new Linked(7, true, true)),
                        new Refuse(Refusal.LOCKED)),
                Arguments.of(
                        "disabled and locked: disabled is said",
                        ann,
                        ENROL,
                        Optional.of(new Linked(7, false, true)),
                        new Refuse(Refusal.DISABLED)),
                Arguments.of("nobody linked, no enrolment", ann, REFUSE, NOBODY, new Refuse(Refusal.UNKNOWN)),
                Arguments.of(
                        "nobody linked, enrolment: default role, no team",
                        ann,
                        ENROL,
                        NOBODY,
                        new Enrol("ann.cole@nhs.net", "Ann Cole", Role.PRACTITIONER, null)),
                Arguments.of(
                        "the claim missing", claims("sub", "f81d"), ENROL, NOBODY, new Refuse(Refusal.NO_IDENTITY)),
                Arguments.of("the claim blank", claims("email", "  "), ENROL, NOBODY, new Refuse(Refusal.NO_IDENTITY)),
                Arguments.of(
                        "the claim not text",
                        claims("email", List.of("a@b")),
                        ENROL,
                        NOBODY,
                        new Refuse(Refusal.NO_IDENTITY)),
                Arguments.of(
                        "an e-mail the provider has not verified",
                        claims("email", "ann.cole@nhs.net", "email_verified", false),
                        ENROL,
                        ACTIVE,
                        new Refuse(Refusal.NO_IDENTITY)),
                Arguments.of(
                        "a verified e-mail",
                        claims("email", " ann.cole@nhs.net ", "email_verified", true),
                        REFUSE,
                        ACTIVE,
                        new SignIn(7)),
                Arguments.of(
                        "groups give the role and the team",
                        claims(
                                "email",
                                "b@nhs.net",
                                "name",
                                "Bo",
                                "groups",
                                List.of("everyone", "south-team", "stepline-supervisors")),
                        ENROL,
                        NOBODY,
                        new Enrol("b@nhs.net", "Bo", Role.SUPERVISOR, "South")),
                Arguments.of(
                        "several mapped groups: the first configured wins",
                        claims(
                                "email",
                                "b@nhs.net",
                                "groups",
                                List.of("stepline-managers", "south-team", "north-team", "stepline-supervisors")),
                        ENROL,
                        NOBODY,
                        new Enrol("b@nhs.net", "b@nhs.net", Role.SUPERVISOR, "North")),
                Arguments.of(
                        "a group claim of one name",
                        claims("email", "b@nhs.net", "groups", "stepline-managers"),
                        ENROL,
                        NOBODY,
                        new Enrol("b@nhs.net", "b@nhs.net", Role.MANAGER, null)),
                Arguments.of(
                        "groups do not matter to a linked account",
                        claims("email", "b@nhs.net", "groups", List.of("stepline-managers")),
                        ENROL,
                        ACTIVE,
                        new SignIn(7)),
                Arguments.of(
                        "matched on sub, named from given and family names",
                        claims(
                                "sub",
                                "248289761001",
                                "given_name",
                                "Cy",
                                "family_name",
                                "Dee",
                                "email_verified",
                                false),
                        BY_SUBJECT,
                        NOBODY,
                        new Enrol("248289761001", "Cy Dee", Role.MANAGER, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRule(String what, Map<String, Object> claims, Rule rule, Optional<Linked> linked, Decision expected) {
        assertThat(OrganisationClaims.decide(claims, rule, linked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "ann.cole@nhs.net, ann.cole",
        "Ann.Cole@NHS.net, ann.cole",
        "o'brien-smith@x.org, o.brien.smith",
        "_ann__cole_, ann.cole",
        "248289761001, 248289761001",
        "@nhs.net, staff",
        "Zoë, zo",
        "a-very-long-name-that-goes-on-and-on-and-on@x.org, a.very.long.name.that.goes.on.and.on"
    })
    void theUsernameOfSomeoneEnrolledFollowsTheUsernameRule(String login, String username) {
        assertThat(OrganisationClaims.usernameFor(login)).isEqualTo(username);
        assertThat(AccountRules.usernameProblem(username)).isEmpty();
    }
}

package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.identity.internal.AccountRules;

class AccountRulesTest {

    @ParameterizedTest(name = "username ''{0}'': {1}")
    @CsvSource(
            value = {
                "jo.smith | ",
                "jsmith2 | ",
                "a | ",
                "'' | Enter a username",
                "Jo.Smith | Username can only use lower-case letters, numbers and dots between them, like jo.smith",
                "jo smith | Username can only use lower-case letters, numbers and dots between them, like jo.smith",
                "jo_smith | Username can only use lower-case letters, numbers and dots between them, like jo.smith",
                ".jo | Username can only use lower-case letters, numbers and dots between them, like jo.smith",
                "jo. | Username can only use lower-case letters, numbers and dots between them, like jo.smith",
                "jo..smith | Username can only use lower-case letters, numbers and dots between them, like jo.smith",
                "abcdefghijabcdefghijabcdefghijabcdefghijk | Username must be 40 characters or fewer"
            },
            delimiter = '|')
    void usernames(String username, String problem) {
        assertThat(AccountRules.usernameProblem(username).orElse(null)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "password of {0} characters: {1}")
    @CsvSource(
            value = {
                "0 | Enter a password",
                "11 | Password must be at least 12 characters",
                "12 | ",
                "128 | ",
                "129 | Password must be 128 characters or fewer"
            },
            delimiter = '|')
    void passwords(int length, String problem) {
        assertThat(AccountRules.passwordProblem("x".repeat(length)).orElse(null))
                .isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0} with team {1}: {2}")
    @CsvSource(
            value = {
                "PRACTITIONER | 7 | ",
                "PRACTITIONER |   | Choose a team: practitioners and supervisors must belong to one",
                "SUPERVISOR   |   | Choose a team: practitioners and supervisors must belong to one",
                "MANAGER      |   | ",
                "ADMIN        |   | ",
                "MANAGER      | 7 | "
            },
            delimiter = '|')
    void cliniciansNeedATeam(Role role, Long team, String problem) {
        assertThat(AccountRules.teamProblem(role, team).orElse(null)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "name ''{0}'': {1}")
    @CsvSource(
            value = {"Jo Smith | ", "'   ' | Enter the person's name"},
            delimiter = '|')
    void displayNames(String name, String problem) {
        assertThat(AccountRules.displayNameProblem(name).orElse(null)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "team name ''{0}'': {1}")
    @CsvSource(
            value = {"North Talking Therapies | ", "'' | Enter the team's name"},
            delimiter = '|')
    void teamNames(String name, String problem) {
        assertThat(AccountRules.teamNameProblem(name).orElse(null)).isEqualTo(problem);
    }
}

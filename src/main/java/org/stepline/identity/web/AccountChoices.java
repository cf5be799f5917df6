package org.stepline.identity.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.Role;
import org.stepline.identity.internal.StaffAccounts.TeamRow;
import org.stepline.shared.codes.Coded;

/** Roles, teams and account status as the options of the administrator's forms, and back from what was chosen. */
final class AccountChoices {

    static final String ACTIVE = "ACTIVE";
    static final String DISABLED = "DISABLED";
    static final List<Coded> STATUSES =
            List.of(new Coded(ACTIVE, "Active: can sign in"), new Coded(DISABLED, "Disabled: cannot sign in"));

    private AccountChoices() {}

    static List<Coded> roles() {
        return Arrays.stream(Role.values())
                .map(role -> new Coded(role.name(), role.label()))
                .toList();
    }

    static List<Coded> teams(List<TeamRow> teams) {
        return teams.stream()
                .map(team -> new Coded(String.valueOf(team.id()), team.name()))
                .toList();
    }

    static @Nullable Role role(@Nullable String chosen) {
        return Arrays.stream(Role.values())
                .filter(role -> role.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    /** The team chosen, or null when none was chosen or the choice is not one of the teams offered. */
    static @Nullable Long team(@Nullable String chosen, List<TeamRow> teams) {
        return teams.stream()
                .filter(team -> String.valueOf(team.id()).equals(chosen))
                .map(TeamRow::id)
                .findFirst()
                .orElse(null);
    }

    static boolean chosenButUnknown(@Nullable String chosen, List<TeamRow> teams) {
        return chosen != null && !chosen.isBlank() && team(chosen, teams) == null;
    }

    static String strip(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }
}

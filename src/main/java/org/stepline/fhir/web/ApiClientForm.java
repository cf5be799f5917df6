package org.stepline.fhir.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.fhir.internal.ClientKeys;
import org.stepline.fhir.internal.Scopes;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** What the administrator types to register another system. */
public record ApiClientForm(
        @Nullable String clientId,
        @Nullable String name,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String publicKey,
        @Nullable List<String> scopes,
        @Nullable List<Long> teams) {

    static final ApiClientForm EMPTY = new ApiClientForm("", "", "", List.of(), List.of());

    public List<String> chosenScopes() {
        return scopes == null ? List.of() : scopes;
    }

    public List<Long> chosenTeams() {
        // a team box whose value is not a number binds as null: it names no team
        return teams == null
                ? List.of()
                : teams.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** True when the client id has the shape of one, so that it may be looked up. */
    boolean wellFormedClientId() {
        return cleanClientId().matches("[A-Za-z0-9._-]{3,64}");
    }

    String cleanClientId() {
        return clientId == null ? "" : clientId.strip();
    }

    String cleanName() {
        return name == null ? "" : name.strip();
    }

    /** Problems by field, with the keys parsed when they are fine. */
    record Checked(FormErrors errors, ClientKeys.@Nullable Keys keys) {}

    Checked check(boolean clientIdTaken, Set<Long> knownTeams) {
        Map<String, String> problems = new LinkedHashMap<>(TypedText.problemsOf(this));
        if (!wellFormedClientId()) {
            problems.put("clientId", "Enter a client id of 3 to 64 letters, digits, dots, dashes or underscores");
        } else if (clientIdTaken) {
            problems.put("clientId", "Another client already has this id");
        }
        if (problems.containsKey("name")) {
            // already refused for what it contains
        } else if (cleanName().isEmpty() || cleanName().length() > 100) {
            problems.put("name", "Enter the system's name, as staff will see it on completed questionnaires");
        }
        var parsed = problems.containsKey("publicKey") ? null : ClientKeys.parse(publicKey);
        if (parsed instanceof ClientKeys.Problem problem) {
            problems.put("publicKey", problem.message());
        }
        if (chosenScopes().isEmpty()) {
            problems.put("scopes", "Choose at least one thing the system may do");
        } else if (!Scopes.unknown(chosenScopes()).isEmpty()) {
            problems.put("scopes", "Choose from the scopes listed");
        }
        if (chosenTeams().isEmpty() || !knownTeams.containsAll(chosenTeams())) {
            problems.put("teams", "Choose the teams whose patients the system may read or write");
        }
        return new Checked(new FormErrors(problems), parsed instanceof ClientKeys.Keys keys ? keys : null);
    }
}

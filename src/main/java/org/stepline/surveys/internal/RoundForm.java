package org.stepline.surveys.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.TypedText;

/** Opening a round, as typed: a title, the closing date, and the whole service or chosen teams. */
public record RoundForm(
        @Nullable String title,
        @Nullable String closesOn,
        @Nullable String scope,
        @Nullable List<Long> teams) {

    public static final String WHOLE_SERVICE = "service";
    public static final String SOME_TEAMS = "teams";
    static final int LONGEST_ROUND_DAYS = 183;

    public RoundForm {
        // a team box whose value is not a number binds as null: it names no team
        teams = teams == null
                ? List.of()
                : teams.stream().filter(java.util.Objects::nonNull).toList();
    }

    static RoundForm blank(LocalDate today) {
        String month = today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        return new RoundForm(
                "Telephone work survey, " + month + " " + today.getYear(),
                DateField.format(today.plusDays(14)),
                WHOLE_SERVICE,
                List.of());
    }

    public boolean wholeService() {
        return !SOME_TEAMS.equals(scope);
    }

    public boolean ticked(long teamId) {
        return teams.contains(teamId);
    }

    /** Problems by field, in the order of the form; empty when the round can be opened. */
    Map<String, String> problems(LocalDate today, Set<Long> knownTeams) {
        Map<String, String> problems = new LinkedHashMap<>(TypedText.problemsOf(this));
        if (problems.containsKey("title")) {
            // already refused for what it contains
        } else if (title == null || title.isBlank()) {
            problems.put("title", "Enter a title for the round");
        } else if (title.strip().length() > 200) {
            problems.put("title", "The title must be 200 characters or fewer");
        }
        if (problems.containsKey("closesOn") || problems.containsKey("scope")) {
            return problems;
        }
        DateField.problemWith(closesOn, "closing date", "15/3/2027")
                .ifPresentOrElse(p -> problems.put("closesOn", p), () -> {
                    LocalDate closes = DateField.parse(closesOn).orElseThrow();
                    if (closes.isBefore(today)) {
                        problems.put("closesOn", "The closing date must be today or later");
                    } else if (closes.isAfter(today.plusDays(LONGEST_ROUND_DAYS))) {
                        problems.put("closesOn", "Choose a closing date within 6 months");
                    }
                });
        if (!WHOLE_SERVICE.equals(scope) && !SOME_TEAMS.equals(scope)) {
            problems.put("scope", "Choose the whole service or some teams");
        } else if (!wholeService() && (teams.isEmpty() || !knownTeams.containsAll(teams))) {
            problems.put("teams", "Choose at least one team, or the whole service");
        }
        return problems;
    }

    LocalDate closingDate() {
        return DateField.parse(closesOn).orElseThrow();
    }

    Set<Long> chosenTeams() {
        return wholeService() ? Set.of() : Set.copyOf(teams);
    }
}

package org.stepline.selfreferral.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.stepline.identity.StaffDirectory;
import org.stepline.shared.web.TypedText;
import org.stepline.shared.web.WholeNumber;

/**
 * The settings page as typed: practices one a line ("code | name | team"), the wording, and each mode's offer and
 * explanation. Turns into {@link Settings}, or problems by field.
 */
public record SettingsForm(
        String minimumAge,
        String practices,
        String crisisHelp,
        String privacyNotice,
        String whatHappensNext,
        Map<String, String> modeOffered,
        Map<String, String> modeExplanation) {

    static final int MOST_TEXT = 5000;

    public static SettingsForm of(Settings s, Function<Long, String> teamName) {
        var lines = new StringBuilder();
        s.practices()
                .forEach(p -> lines.append(p.code())
                        .append(" | ")
                        .append(p.name())
                        .append(" | ")
                        .append(teamName.apply(p.teamId()))
                        .append('\n'));
        Map<String, String> offered = new LinkedHashMap<>();
        Map<String, String> explained = new LinkedHashMap<>();
        s.modes().forEach(m -> {
            offered.put(m.mode().code(), String.valueOf(m.offered()));
            explained.put(m.mode().code(), m.explanation());
        });
        return new SettingsForm(
                String.valueOf(s.minimumAge()),
                lines.toString().strip(),
                s.crisisHelp(),
                s.privacyNotice(),
                s.whatHappensNext(),
                offered,
                explained);
    }

    public record Read(Optional<Settings> settings, Map<String, String> problems) {}

    public Read read(List<StaffDirectory.Team> teams) {
        Map<String, String> problems = new LinkedHashMap<>();
        int age = 0;
        if (WholeNumber.parse(minimumAge).isEmpty()) {
            problems.put("minimumAge", "Enter the minimum age as a whole number, like 18");
        } else {
            age = WholeNumber.between(minimumAge, 11, 25).orElse(0);
            if (age == 0) {
                problems.put("minimumAge", "The minimum age must be between 11 and 25");
            }
        }
        var practiceList = practices(teams, problems);
        text("crisisHelp", crisisHelp, problems);
        text("privacyNotice", privacyNotice, problems);
        text("whatHappensNext", whatHappensNext, problems);
        var modes = Wording.MODES.stream()
                .map(m -> new ModeOffer(
                        m.mode(),
                        m.name(),
                        "true".equals(modeOffered.get(m.mode().code())),
                        modeExplanation.getOrDefault(m.mode().code(), "").strip()))
                .toList();
        if (modes.stream().noneMatch(ModeOffer::offered)) {
            problems.put("modes", "Offer at least one way of being seen");
        }
        modes.stream()
                .filter(m -> m.offered()
                        && (m.explanation().isEmpty() || m.explanation().length() > MOST_TEXT))
                .findFirst()
                .ifPresent(m -> problems.put(
                        "mode-" + m.mode().code(),
                        "Explain '" + m.name() + "' in " + MOST_TEXT + " characters or fewer"));
        if (!problems.isEmpty()) {
            return new Read(Optional.empty(), problems);
        }
        return new Read(
                Optional.of(new Settings(
                        age, practiceList, crisisHelp.strip(), privacyNotice.strip(), whatHappensNext.strip(), modes)),
                problems);
    }

    private List<Practice> practices(List<StaffDirectory.Team> teams, Map<String, String> problems) {
        var list = new ArrayList<Practice>();
        var codes = new HashSet<String>();
        int number = 0;
        for (String line : practices.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.putIfAbsent(
                        "practices",
                        "Line " + number + ": write the practice code, name and team, " + "with | between them");
                continue;
            }
            String code = parts[0].strip();
            String name = parts[1].strip();
            var team = teams.stream()
                    .filter(t -> t.name().equalsIgnoreCase(parts[2].strip()))
                    .findFirst();
            if (team.isEmpty()) {
                problems.putIfAbsent(
                        "practices", "Line " + number + ": there is no team called '" + parts[2].strip() + "'");
            } else if (code.length() > 20 || name.length() > 200) {
                problems.putIfAbsent("practices", "Line " + number + ": the code or name is too long");
            } else if (!codes.add(code)) {
                problems.putIfAbsent("practices", "Line " + number + ": practice " + code + " is listed twice");
            } else {
                list.add(new Practice(code, name, team.get().id()));
            }
        }
        return list;
    }

    private static void text(String field, String value, Map<String, String> problems) {
        if (value.isBlank()) {
            problems.put(field, "This wording cannot be empty");
        } else if (TypedText.characterProblem(value, true, "this wording").isPresent()) {
            problems.put(
                    field,
                    TypedText.characterProblem(value, true, "this wording").orElseThrow());
        } else if (value.codePointCount(0, value.length()) > MOST_TEXT) {
            problems.put(field, "Keep this to " + MOST_TEXT + " characters or fewer");
        }
    }
}

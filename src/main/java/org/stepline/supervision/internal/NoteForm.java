package org.stepline.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.TypedText;
import org.stepline.shared.web.WholeNumber;
import org.stepline.supervision.Decision;

/** A supervision note as typed: discussion, decision and up to three actions (blank action rows are ignored). */
public record NoteForm(
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String discussion,
        @Nullable String decision,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String action1,
        @Nullable String owner1,
        @Nullable String due1,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String action2,
        @Nullable String owner2,
        @Nullable String due2,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String action3,
        @Nullable String owner3,
        @Nullable String due3) {

    public static final int ACTION_ROWS = 3;
    static final int LONGEST_DISCUSSION = 4000;

    public static NoteForm empty() {
        return new NoteForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** One action row as typed; {@code number} counts from 1. */
    public record ActionRow(
            int number,
            @Nullable String description,
            @Nullable String owner,
            @Nullable String due) {

        boolean isBlank() {
            return blank(description) && blank(owner) && blank(due);
        }

        public String field(String name) {
            return name + number;
        }
    }

    public List<ActionRow> actionRows() {
        return List.of(
                new ActionRow(1, action1, owner1, due1),
                new ActionRow(2, action2, owner2, due2),
                new ActionRow(3, action3, owner3, due3));
    }

    /** Problems by field name; empty when the note may be saved. {@code owners}: ids of the team's clinicians. */
    public Map<String, String> problems(Set<Long> owners, LocalDate today) {
        var problems = TypedText.problemsOf(this);
        if (blank(discussion)) {
            problems.put("discussion", "Write what was discussed");
        } else if (discussion.length() > LONGEST_DISCUSSION) {
            problems.put("discussion", "Keep the discussion under " + LONGEST_DISCUSSION + " characters");
        }
        if (decisionValue() == null) {
            problems.put("decision", "Choose the decision");
        }
        for (var row : actionRows()) {
            if (row.isBlank()) {
                continue;
            }
            if (blank(row.description())) {
                problems.put(
                        row.field("action"), "Describe action " + row.number() + ", or clear its owner and due date");
            }
            if (ownerOf(row) == null || !owners.contains(ownerOf(row))) {
                problems.put(row.field("owner"), "Choose who owns action " + row.number());
            }
            var due = DateField.parse(row.due());
            if (due.isEmpty()) {
                DateField.problemWith(row.due(), "due date of action " + row.number(), "15/3/2026")
                        .ifPresent(problem -> problems.put(row.field("due"), problem));
            } else if (due.get().isBefore(today)) {
                problems.put(row.field("due"), "The due date of action " + row.number() + " cannot be in the past");
            }
        }
        return problems;
    }

    /** The actions typed, after {@link #problems} found none. */
    List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (var row : actionRows()) {
            if (!row.isBlank()) {
                actions.add(new Action(
                        row.description().strip(),
                        ownerOf(row),
                        DateField.parse(row.due()).orElseThrow()));
            }
        }
        return actions;
    }

    record Action(String description, long ownerId, LocalDate dueOn) {}

    @Nullable
    Decision decisionValue() {
        return Arrays.stream(Decision.values())
                .filter(d -> d.name().equals(decision))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable Long ownerOf(ActionRow row) {
        return WholeNumber.parse(row.owner()).orElse(null);
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}

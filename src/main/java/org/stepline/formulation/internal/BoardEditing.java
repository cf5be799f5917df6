package org.stepline.formulation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.formulation.internal.ConcurrentEdits.RemoveOutcome;
import org.stepline.shared.NotFoundException;

/**
 * Reads and changes boards. Each change is one transaction: the rows, the numbered change and its notification
 * stand or fall together. Callers have checked who may write (staff through {@code requireAccess}, the patient
 * through their sharing) and write the audit entry in the same transaction.
 */
@Service
public class BoardEditing {

    public static final int MAX_TEXT = 500;
    public static final int MAX_LABEL = 80;

    /** What a save did, in words for the writer, and the changes every screen is sent. */
    public record Outcome(String message, List<Change> changes) {}

    private final BoardStore store;
    private final BoardChanges changes;
    private final ModelCatalogue models;

    BoardEditing(BoardStore store, BoardChanges changes, ModelCatalogue models) {
        this.store = store;
        this.changes = changes;
        this.models = models;
    }

    public BoardRow require(long boardId) {
        return store.find(boardId).orElseThrow(() -> new NotFoundException("Formulation board " + boardId));
    }

    public long boardFor(long referralId, long patientId, String modelId, long staffId) {
        models.require(modelId);
        return store.boardFor(referralId, patientId, modelId, staffId);
    }

    public List<BoardRow> forReferral(long referralId) {
        return store.forReferral(referralId);
    }

    @Transactional(readOnly = true)
    public BoardView view(long boardId) {
        var board = require(boardId);
        long seq = changes.lastSeq(boardId);
        var model = models.require(board.modelId());
        var boxes = BoardLayout.boxes(model, store.addedBoxes(boardId), store.addedArrows(boardId));
        Map<String, List<Entry>> entries = store.entries(boardId).stream()
                .collect(Collectors.groupingBy(Entry::box, LinkedHashMap::new, Collectors.toList()));
        return new BoardView(board, model, boxes, entries, seq);
    }

    @Transactional
    public Outcome add(long boardId, String box, String text, Writer by, @Nullable String clientId) {
        requireBox(boardId, box);
        String clean = clean(text, MAX_TEXT, "entry");
        Optional<Entry> saved = store.insertEntry(boardId, box, clean, by, blankToNull(clientId));
        if (saved.isEmpty()) { // sent again after a lost connection: it is already there
            return new Outcome("Already added", List.of());
        }
        return new Outcome("Added", List.of(entryChange(boardId, saved.get())));
    }

    @Transactional
    public Outcome edit(long boardId, long entryId, int baseVersion, String text, Writer by) {
        String clean = clean(text, MAX_TEXT, "entry");
        var stored = store.lockEntry(boardId, entryId).orElseThrow(() -> new NotFoundException("Entry " + entryId));
        return switch (ConcurrentEdits.edit(stored, baseVersion, clean)) {
            case APPLY -> new Outcome("Saved", List.of(entryChange(boardId, store.updateText(entryId, clean))));
            case UNCHANGED -> new Outcome("Saved", List.of());
            case KEEP_BOTH -> {
                var added = store.insertEntry(boardId, stored.box(), clean, by, null)
                        .orElseThrow();
                yield new Outcome(
                        "This entry was changed by the other person at the same time, so both versions are" + " kept",
                        List.of(entryChange(boardId, added)));
            }
        };
    }

    @Transactional
    public Outcome remove(long boardId, long entryId, int baseVersion) {
        var stored = store.lockEntry(boardId, entryId).orElseThrow(() -> new NotFoundException("Entry " + entryId));
        RemoveOutcome outcome = ConcurrentEdits.remove(stored, baseVersion);
        return switch (outcome) {
            case REMOVE -> new Outcome("Removed", List.of(entryChange(boardId, store.markRemoved(entryId))));
            case ALREADY_REMOVED -> new Outcome("Removed", List.of());
            case KEEP_CHANGED -> new Outcome("Not removed: the other person has just changed this entry", List.of());
        };
    }

    /** Only on a model that lets the practitioner add boxes (the blank board). */
    @Transactional
    public Outcome addBox(long boardId, String label) {
        var board = require(boardId);
        if (!models.require(board.modelId()).practitionerAddsBoxes()) {
            throw new IllegalArgumentException("Boxes can only be added to a blank board");
        }
        String clean = clean(label, MAX_LABEL, "box name");
        store.lockBoard(boardId);
        var box = store.addBox(boardId, clean);
        return new Outcome(
                "Box added",
                List.of(changes.write(
                        boardId, "box", Map.of("key", box.key(), "label", box.label(), "position", box.position()))));
    }

    @Transactional
    public Outcome addArrow(long boardId, String from, String to) {
        var board = require(boardId);
        if (!models.require(board.modelId()).practitionerAddsBoxes()) {
            throw new IllegalArgumentException("Arrows can only be added to a blank board");
        }
        requireBox(boardId, from);
        requireBox(boardId, to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("Choose two different boxes");
        }
        if (!store.addArrow(boardId, from, to)) {
            return new Outcome("That arrow is already there", List.of());
        }
        return new Outcome("Arrow added", List.of(changes.write(boardId, "arrow", Map.of("from", from, "to", to))));
    }

    /** Sent to every screen of the board, e.g. that the sharing has ended. */
    Change announce(long boardId, String type, Map<String, ?> details) {
        return changes.write(boardId, type, details);
    }

    private Change entryChange(long boardId, Entry entry) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entry", entryJson(entry));
        return changes.write(boardId, "entry", details);
    }

    static Map<String, Object> entryJson(Entry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("box", entry.box());
        json.put("text", entry.text());
        json.put("version", entry.version());
        json.put("by", entry.by().name());
        json.put("removed", entry.removed());
        if (entry.clientId() != null) {
            json.put("clientId", entry.clientId());
        }
        return json;
    }

    private void requireBox(long boardId, String box) {
        var board = require(boardId);
        var model = models.require(board.modelId());
        boolean known = model.box(box).isPresent()
                || store.addedBoxes(boardId).stream().anyMatch(b -> b.key().equals(box));
        if (!known) {
            throw new IllegalArgumentException("There is no such box on this board");
        }
    }

    /** Trimmed, not empty, not too long; the message names what was typed. */
    static String clean(@Nullable String text, int max, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Write the " + what + " first");
        }
        if (trimmed.length() > max) {
            throw new IllegalArgumentException("The " + what + " must be " + max + " characters or fewer");
        }
        return trimmed;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

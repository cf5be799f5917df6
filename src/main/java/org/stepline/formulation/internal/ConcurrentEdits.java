package org.stepline.formulation.internal;

/**
 * What happens to a save of an entry, given the version the writer started from and the entry as it is now. Nobody's
 * words are dropped: a save made from an older version than the stored one is kept beside it as a new entry, and a
 * removal made from an older version is not carried out (the other person has just changed the entry).
 */
final class ConcurrentEdits {

    enum EditOutcome {
        /** The writer saw the latest version: the entry takes the new text. */
        APPLY,
        /** Nothing to do: the entry already says this. */
        UNCHANGED,
        /** Someone else changed (or removed) it meanwhile: the stored entry stays and the new text is a new entry. */
        KEEP_BOTH
    }

    enum RemoveOutcome {
        REMOVE,
        /** Already removed: nothing to do. */
        ALREADY_REMOVED,
        /** Changed since the remover saw it: kept, and the remover is told. */
        KEEP_CHANGED
    }

    private ConcurrentEdits() {}

    static EditOutcome edit(Entry stored, int baseVersion, String newText) {
        if (!stored.removed() && stored.text().equals(newText)) {
            return EditOutcome.UNCHANGED;
        }
        if (stored.removed() || stored.version() != baseVersion) {
            return EditOutcome.KEEP_BOTH;
        }
        return EditOutcome.APPLY;
    }

    static RemoveOutcome remove(Entry stored, int baseVersion) {
        if (stored.removed()) {
            return RemoveOutcome.ALREADY_REMOVED;
        }
        return stored.version() == baseVersion ? RemoveOutcome.REMOVE : RemoveOutcome.KEEP_CHANGED;
    }
}

package org.stepline.letters.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns one line of a letter, as typed (logical order), into what is drawn: runs of characters in visual order, each
 * with the face that has glyphs for it. Arabic letters are shaped into their joined forms (Unicode presentation
 * forms, which Noto Sans Arabic maps) and right-to-left text is reordered by the Unicode bidirectional algorithm;
 * a character no face has is drawn as U+FFFD (the structure tree's ActualText keeps the real text), except an
 * invisible format character (a joiner or bidi mark), which is left out.
 */
final class ScriptRuns {

    /** A stretch of text drawn in one face, in visual (left-to-right drawing) order. */
    record Run(LetterFace face, String text) {}

    static final int REPLACEMENT = 0xFFFD;

    private static final int SHAPING =
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;

    private ScriptRuns() {}

    /** Composed (NFC, so "ễ" is one character the font has) with control characters made spaces. */
    static String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }

    /** The runs that draw a cleaned logical line. */
    static List<Run> visual(String logicalLine, boolean bold) {
        String shaped = reorder(shape(logicalLine));
        List<Run> runs = new ArrayList<>();
        LetterFace current = null;
        var text = new StringBuilder();
        for (int i = 0; i < shaped.length(); ) {
            int c = shaped.codePointAt(i);
            i += Character.charCount(c);
            LetterFace face = faceFor(c, bold, current);
            if (face == null && Character.getType(c) == Character.FORMAT) {
                continue; // an invisible joiner, bidi mark or soft hyphen no face draws: nothing to print
            }
            if (face == null) {
                face = LetterFace.fallbackOrder(bold).getFirst();
                c = REPLACEMENT;
            }
            if (face != current && current != null) {
                runs.add(new Run(current, text.toString()));
                text.setLength(0);
            }
            current = face;
            text.appendCodePoint(c);
        }
        if (current != null) {
            runs.add(new Run(current, text.toString()));
        }
        return runs;
    }

    /**
     * Whether what is drawn differs from the typed text as a reader sees it: right-to-left (reordered and shaped)
     * text, or a character no face has. Such a line's element carries the typed text as ActualText.
     */
    static boolean drawnDifferently(String logicalLine, boolean bold) {
        return Bidi.requiresBidi(logicalLine.toCharArray(), 0, logicalLine.length())
                || logicalLine
                        .codePoints()
                        .anyMatch(c -> faceFor(c, bold, null) == null && Character.getType(c) != Character.FORMAT);
    }

    /** The first face of the weight's order with a glyph; a neutral character (space, digit, stop) stays in the run's face. */
    static @Nullable LetterFace faceFor(int codePoint, boolean bold, @Nullable LetterFace current) {
        if (current != null && isNeutral(codePoint) && current.covers(codePoint)) {
            return current;
        }
        for (LetterFace face : LetterFace.fallbackOrder(bold)) {
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }

    private static boolean isNeutral(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }

    private static String shape(String logical) {
        try {
            return new ArabicShaping(SHAPING).shape(logical);
        } catch (ArabicShapingException e) {
            return logical; // only thrown for options we do not use; unshaped letters are still the right letters
        }
    }

    /** Visual order of a left-to-right line that may hold right-to-left text, with brackets mirrored. */
    private static String reorder(String logical) {
        if (!Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical;
        }
        var bidi = new Bidi();
        bidi.setPara(logical, Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }
}

package org.stepline.letters.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The fonts a letter is printed in, all inside the jar (src/main/resources/fonts, see its README): a trust's server
 * has no fonts we can rely on. Each character is printed in the first face of its weight's fallback order that has a
 * glyph for it: Noto Sans (Latin with Polish and Vietnamese, Greek, Cyrillic), then Noto Sans Arabic, Noto Sans
 * Hebrew, and last a Chinese subset of Noto Sans CJK SC (one weight only).
 */
enum LetterFace {
    SANS("NotoSans-Regular.ttf"),
    SANS_BOLD("NotoSans-Bold.ttf"),
    ARABIC("NotoSansArabic-Regular.ttf"),
    ARABIC_BOLD("NotoSansArabic-Bold.ttf"),
    HEBREW("NotoSansHebrew-Regular.ttf"),
    HEBREW_BOLD("NotoSansHebrew-Bold.ttf"),
    CHINESE("NotoSansCJKsc-Subset-Regular.ttf");

    private static final List<LetterFace> REGULAR_ORDER = List.of(SANS, ARABIC, HEBREW, CHINESE);
    private static final List<LetterFace> BOLD_ORDER = List.of(SANS_BOLD, ARABIC_BOLD, HEBREW_BOLD, CHINESE);

    private final String file;
    private volatile byte @Nullable [] bytes;
    private volatile @Nullable BitSet coverage;

    LetterFace(String file) {
        this.file = file;
    }

    static List<LetterFace> fallbackOrder(boolean bold) {
        return bold ? BOLD_ORDER : REGULAR_ORDER;
    }

    /** Whether this face has a glyph of its own for the character (not .notdef). */
    boolean covers(int codePoint) {
        BitSet covered = coverage;
        if (covered == null) {
            covered = readCoverage();
            coverage = covered;
        }
        return covered.get(codePoint);
    }

    /** A fresh parse of the font file, for one PDF document (a parsed font is not shared between threads). */
    TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font " + file + " cannot be read", e);
        }
    }

    private BitSet readCoverage() {
        try (TrueTypeFont font = parse()) {
            var cmap = font.getUnicodeCmapLookup();
            var covered = new BitSet();
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                var codes = cmap.getCharCodes(glyph);
                if (codes != null) {
                    codes.forEach(covered::set);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font " + file + " cannot be read", e);
        }
    }

    private byte[] bytes() throws IOException {
        byte[] loaded = bytes;
        if (loaded == null) {
            try (InputStream in = LetterFace.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IOException("missing from the jar");
                }
                loaded = in.readAllBytes();
            }
            bytes = loaded;
        }
        return loaded;
    }
}

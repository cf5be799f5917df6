package org.stepline.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.letters.internal.ScriptRuns.Run;

/** Which face draws each character, in which order and shape. */
class ScriptRunsTest {

    @ParameterizedTest(name = "{0} is drawn in {2}")
    @CsvSource({
        "Zażółć Gęślą-Jaźń, false, SANS",
        "Zażółć Gęślą-Jaźń, true, SANS_BOLD",
        "Nguyễn Thị Minh Khai, false, SANS",
        "Αθηνά Παπαδοπούλου, false, SANS",
        "Ольга Іваненко, false, SANS",
        "王秀英, false, CHINESE",
        "王秀英, true, CHINESE",
        "陳美玲, false, CHINESE",
    })
    void aNameInOneScriptIsOneRunOfItsFaceAsTyped(String name, boolean bold, LetterFace face) {
        assertThat(ScriptRuns.visual(name, bold)).containsExactly(new Run(face, name));
        assertThat(ScriptRuns.drawnDifferently(name, bold)).isFalse();
    }

    @Test
    void arabicIsJoinedAndDrawnRightToLeftWithTheTypedTextKeptForReaders() {
        // meem initial, hah medial, meem medial, dal final: drawn (left to right) from the dal
        assertThat(ScriptRuns.visual("محمد", false))
                .containsExactly(new Run(LetterFace.ARABIC, "\uFEAA\uFEE4\uFEA4\uFEE3"));
        assertThat(ScriptRuns.visual("محمد", true)).extracting(Run::face).containsExactly(LetterFace.ARABIC_BOLD);
        assertThat(ScriptRuns.drawnDifferently("محمد", false)).isTrue();
    }

    @Test
    void hebrewIsDrawnRightToLeftInItsFace() {
        // shin, lamed, vav, mem (final): drawn from the final mem
        assertThat(ScriptRuns.visual("שלום", false)).containsExactly(new Run(LetterFace.HEBREW, "םולש"));
        assertThat(ScriptRuns.visual("שלום", true)).extracting(Run::face).containsExactly(LetterFace.HEBREW_BOLD);
    }

    @Test
    void lamAlefBecomesItsLigature() {
        assertThat(ScriptRuns.visual("لا", false)).containsExactly(new Run(LetterFace.ARABIC, "\uFEFB"));
    }

    @Test
    void aLeftToRightLineKeepsItsOrderAroundRightToLeftWords() {
        // the bidirectional algorithm puts "(2)", typed after the Arabic, to the Arabic's left, where it is read
        List<Run> runs = ScriptRuns.visual("Summary for محمد عبد (2)", false);
        assertThat(runs)
                .containsExactly(
                        new Run(LetterFace.SANS, "Summary for (2) "),
                        new Run(LetterFace.ARABIC, "\uFEAA\uFE92\uFECB \uFEAA\uFEE4\uFEA4\uFEE3"));
    }

    @Test
    void spacesAndPunctuationStayInTheFaceOfTheirRun() {
        assertThat(ScriptRuns.visual("王秀英，王芳", false)).containsExactly(new Run(LetterFace.CHINESE, "王秀英，王芳"));
        assertThat(ScriptRuns.visual("Ada 王芳", false))
                .containsExactly(new Run(LetterFace.SANS, "Ada "), new Run(LetterFace.CHINESE, "王芳"));
    }

    @Test
    void decomposedLettersAreComposedAndControlCharactersBecomeSpaces() {
        assertThat(ScriptRuns.clean("Nguye\u0302\u0303n\tThi\u0323\nKhai")).isEqualTo("Nguyễn Thị Khai");
    }

    @Test
    void aCharacterNoFaceHasIsDrawnAsTheReplacementMarkAndTheLineKeepsItsTypedText() {
        assertThat(ScriptRuns.faceFor('ก', false, null)).isNull();
        assertThat(ScriptRuns.visual("กA", false)).containsExactly(new Run(LetterFace.SANS, "\uFFFDA"));
        assertThat(ScriptRuns.drawnDifferently("กA", false)).isTrue();
    }

    @Test
    void invisibleFormatCharactersAreNeverDrawnAsAMark() {
        // a right-to-left override typed into a name, a zero-width joiner, a soft hyphen
        assertThat(ScriptRuns.visual("\u202EAda\u202C Lo\u200Dve\u00ADlace", false))
                .extracting(Run::text)
                .allSatisfy(text -> assertThat(text).doesNotContain("\uFFFD"));
        // a Persian name with a zero-width non-joiner keeps its letters apart where typed, and draws no mark
        String drawn = String.join(
                "",
                ScriptRuns.visual("مه\u200Cسا", false).stream().map(Run::text).toList());
        assertThat(drawn.replace("\u200C", "")).isEqualTo("\uFE8E\uFEB3\uFEEA\uFEE3"); // heh final, seen initial
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsOneCharacter() {
        // U+20BB7, a CJK Extension B character used in names, is outside the Chinese subset: one mark, not two
        assertThat(ScriptRuns.visual("\uD842\uDFB7", false)).containsExactly(new Run(LetterFace.SANS, "\uFFFD"));
    }
}

package org.stepline.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A patient's name in any of the scripts the letters' fonts cover prints in an embedded font, with a real glyph for
 * every letter, and reads back exactly as typed; the letter is a tagged PDF a screen reader can follow.
 */
class LetterScriptsTest {

    static LetterContent letterFor(String name, List<String> plan) {
        var d = LetterPdfTest.DISCHARGE;
        return new LetterContent(
                d.kind(),
                d.date(),
                d.serviceName(),
                d.author(),
                d.gpPractice(),
                name,
                name,
                d.nhsNumber(),
                d.dateOfBirth(),
                d.pathwayId(),
                d.problem(),
                d.step(),
                d.scores(),
                d.modes(),
                d.outcome(),
                plan,
                d.thresholds());
    }

    static PDDocument letter(String name) throws IOException {
        return Loader.loadPDF(LetterPdf.render(letterFor(name, LetterPdfTest.DISCHARGE.plan())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zażółć Gęślą-Jaźń", "Nguyễn Thị Minh Khai", "محمد عبد الله", "王秀英", "דוד כהן"})
    void theTextReadBackHoldsTheNameExactlyAsTyped(String name) throws Exception {
        try (var pdf = letter(name)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Discharge summary for " + name, "Name " + name);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Discharge letter to the GP: " + name);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Zażółć Gęślą-Jaźń, NotoSans-Regular",
        "Nguyễn Thị Minh Khai, NotoSans-Regular",
        "محمد عبد الله, NotoSansArabic-Regular",
        "王秀英, NotoSansCJKsc-Regular",
        "דוד כהן, NotoSansHebrew-Regular"
    })
    void everyFontIsAnEmbeddedSubsetWithAUnicodeMapAndTheNameHasItsScriptsFace(String name, String face)
            throws Exception {
        try (var pdf = letter(name)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName resource : page.getResources().getFontNames()) {
                    var font = (PDType0Font) page.getResources().getFont(resource);
                    var descendant = (PDCIDFontType2) font.getDescendantFont();
                    assertThat(descendant.getFontDescriptor().getFontFile2())
                            .as(font.getName())
                            .isNotNull();
                    assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE))
                            .as(font.getName())
                            .isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                    names.add(font.getName().substring(7));
                }
            }
            assertThat(names).contains(face, "NotoSans-Bold");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zażółć Gęślą-Jaźń", "Nguyễn Thị Minh Khai", "محمد عبد الله", "王秀英", "דוד כהן"})
    void noGlyphDrawnIsNotdefAndEveryLetterOfTheNameHasAnOutline(String name) throws Exception {
        try (var pdf = letter(name)) {
            var glyphs = new Glyphs();
            glyphs.getText(pdf);
            assertThat(glyphs.drawn).isNotEmpty();
            for (var glyph : glyphs.drawn) {
                var font = (PDType0Font) glyph.getFont();
                int code = glyph.getCharacterCodes()[0];
                assertThat(font.codeToGID(code))
                        .as("glyph for %s in %s", glyph.getUnicode(), font.getName())
                        .isNotZero();
            }
            String letters = name.replace(" ", "");
            var ofName = glyphs.drawn.stream()
                    .filter(g -> letters.contains(plain(g.getUnicode())))
                    .toList();
            assertThat(ofName.stream().map(g -> plain(g.getUnicode())).collect(Collectors.toSet()))
                    .containsAll(
                            letters.codePoints().mapToObj(Character::toString).toList());
            for (var glyph : ofName) {
                var path = ((PDType0Font) glyph.getFont()).getPath(glyph.getCharacterCodes()[0]);
                assertThat(path.getBounds2D().isEmpty())
                        .as("outline of %s", glyph.getUnicode())
                        .isFalse();
            }
        }
    }

    @Test
    void theLetterIsTaggedWithLanguageTitleAndAStructureOfHeadingsParagraphsAndTables() throws Exception {
        String name = "محمد عبد الله";
        try (var pdf = letter(name)) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getVersion()).isEqualTo(1.7f);
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains(
                            "<pdfuaid:part>1</pdfuaid:part>",
                            "<rdf:li xml:lang=\"x-default\">Discharge letter to the GP: " + name + "</rdf:li>");

            var root = catalog.getStructureTreeRoot();
            assertThat(root).isNotNull();
            var document = (PDStructureElement) root.getKids().getFirst();
            assertThat(document.getStructureType()).isEqualTo("Document");
            var types = kids(document).stream()
                    .map(PDStructureElement::getStructureType)
                    .toList();
            assertThat(types)
                    .startsWith("P", "P", "P", "P", "P", "P", "H1", "Table", "H2", "P")
                    .contains("H2", "Table")
                    .doesNotContain("H3");
            var title = kids(document).get(types.indexOf("H1"));
            assertThat(title.getActualText()).isEqualTo("Discharge summary for " + name);

            var nameRow = kids(kids(document).get(types.indexOf("Table"))).getFirst();
            var cells = kids(nameRow);
            assertThat(cells).extracting(PDStructureElement::getStructureType).containsExactly("TH", "TD");
            var scope =
                    (PDTableAttributeObject) cells.getFirst().getAttributes().getObject(0);
            assertThat(scope.getScope()).isEqualTo(PDTableAttributeObject.SCOPE_ROW);
            assertThat(textOf(pdf, cells.getFirst())).isEqualTo("Name");
            assertThat(cells.get(1).getActualText()).isEqualTo(name);
        }
    }

    @Test
    void everyPieceOfTextIsMarkedContentThatTheParentTreeGivesToAStructureElement() throws Exception {
        try (var pdf = Loader.loadPDF(LetterPdf.render(letterFor(
                "王秀英",
                IntStream.rangeClosed(1, 40)
                        .mapToObj(i -> "Plan line " + i + ".")
                        .toList())))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            var parentTree = pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree();
            int page = 0;
            for (PDPage p : pdf.getPages()) {
                assertThat(p.getStructParents()).isEqualTo(page++);
                assertThat(p.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")))
                        .isEqualTo("S");
                var owners = (COSArray)
                        ((org.apache.pdfbox.pdmodel.common.COSObjectable) parentTree.getValue(p.getStructParents()))
                                .getCOSObject();
                var extractor = new PDFMarkedContentExtractor();
                extractor.processPage(p);
                int textInSequences = 0;
                for (var sequence : extractor.getMarkedContents()) {
                    int glyphs = (int) sequence.getContents().stream()
                            .filter(TextPosition.class::isInstance)
                            .count();
                    textInSequences += glyphs;
                    if (sequence.getTag().equals("Artifact")) {
                        assertThat(glyphs).isZero();
                        continue;
                    }
                    var owner = (COSDictionary) dereference(owners.get(sequence.getMCID()));
                    assertThat(owner.getNameAsString(COSName.S)).isEqualTo(sequence.getTag());
                }
                var all = new Glyphs();
                all.setStartPage(page);
                all.setEndPage(page);
                all.getText(pdf);
                assertThat(textInSequences).isEqualTo(all.drawn.size());
            }
            assertThat(new PDFTextStripper().getText(pdf)).contains("Plan line 40.", "Kim Cole");
        }
    }

    /** Each glyph drawn, with its font and character code. */
    static final class Glyphs extends PDFTextStripper {
        final List<TextPosition> drawn = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            drawn.add(text);
            super.processTextPosition(text);
        }
    }

    /** Arabic presentation forms back to the letters they show. */
    private static String plain(String unicode) {
        return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
    }

    private static List<PDStructureElement> kids(PDStructureElement element) {
        return element.getKids().stream()
                .filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast)
                .toList();
    }

    /** The text of an element's own marked content. */
    private static String textOf(PDDocument pdf, PDStructureElement element) throws IOException {
        var extractor = new PDFMarkedContentExtractor();
        extractor.processPage(element.getPage());
        Map<Integer, String> byMcid = new HashMap<>();
        for (var sequence : extractor.getMarkedContents()) {
            byMcid.put(
                    sequence.getMCID(),
                    sequence.getContents().stream()
                            .filter(TextPosition.class::isInstance)
                            .map(t -> ((TextPosition) t).getUnicode())
                            .collect(Collectors.joining()));
        }
        return element.getKids().stream()
                .filter(Integer.class::isInstance)
                .map(byMcid::get)
                .collect(Collectors.joining());
    }

    private static COSBase dereference(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}

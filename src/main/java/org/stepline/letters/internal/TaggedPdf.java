package org.stepline.letters.internal;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;

/**
 * A tagged PDF written top to bottom on A4 pages: every heading, paragraph and table cell is a structure element
 * whose marked content is on the page, everything decorative (rules, shading, borders) is an artifact, the document
 * language, title (shown as the window title) and PDF/UA-1 identifier are set, and the fonts are embedded subsets
 * with a Unicode mapping (see {@link ScriptRuns} for how each character gets its face). A block never breaks across
 * pages: a paragraph or table row that does not fit starts the next page.
 */
final class TaggedPdf {

    /** Size in points, weight and colour of a block's text. */
    record Style(float size, boolean bold, Color color) {
        float leading() {
            return size * 1.3f;
        }
    }

    enum Align {
        LEFT,
        RIGHT
    }

    /** One table cell; a header cell (TH) has a scope, Row or Column, and may be shaded. */
    record Cell(
            String text,
            Style style,
            @Nullable String scope,
            @Nullable Color shading) {
        static Cell data(String text, Style style) {
            return new Cell(text, style, null, null);
        }
    }

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN_X = 56;
    private static final float MARGIN_Y = 48;
    private static final float CELL_PADDING = 4;
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    private final String title;
    private final String author;
    private final String language;
    private final PDDocument document = new PDDocument();
    private final Map<LetterFace, PDType0Font> fonts = new EnumMap<>(LetterFace.class);
    private final List<TrueTypeFont> parsedFonts = new ArrayList<>();
    private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    private final PDStructureElement root;
    private final List<COSArray> parentTree = new ArrayList<>();
    private @Nullable PDPage page;
    private @Nullable PDPageContentStream content;
    private float y;

    TaggedPdf(String title, String author, String language) {
        this.title = ScriptRuns.clean(title);
        this.author = ScriptRuns.clean(author);
        this.language = language;
        document.setVersion(1.7f);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        catalog.setStructureTreeRoot(treeRoot);
        var markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        var info = document.getDocumentInformation();
        info.setTitle(this.title);
        info.setAuthor(this.author);
        info.setCreator("Stepline");
        root = new PDStructureElement("Document", treeRoot);
        treeRoot.appendKid(root);
    }

    static float textWidth() {
        return A4.getWidth() - 2 * MARGIN_X;
    }

    void heading(int level, String text, Style style, float before, float after) {
        block("H" + level, text, style, Align.LEFT, before, after);
    }

    void paragraph(String text, Style style, Align align, float before, float after) {
        block("P", text, style, align, before, after);
    }

    /** A table as wide as the text, its columns in the given proportions; each row is a TR of TH and TD cells. */
    void table(float[] proportions, List<List<Cell>> rows, Color border, float after) {
        float total = 0;
        for (float p : proportions) {
            total += p;
        }
        float[] widths = new float[proportions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = textWidth() * proportions[i] / total;
        }
        var table = element("Table", root);
        for (List<Cell> row : rows) {
            tableRow(table, widths, row, border);
        }
        y -= after;
    }

    /**
     * A bulleted list as wide as the text: an L of LI items, each a Lbl (the bullet) and an LBody (the item's text,
     * wrapped under itself).
     */
    void list(List<String> items, Style style, float after) {
        var list = element("L", root);
        var numbering = new PDListAttributeObject();
        numbering.setListNumbering(PDListAttributeObject.LIST_NUMBERING_DISC);
        list.addAttribute(numbering);
        float indent = style.size() * 1.2f;
        for (String item : items) {
            String clean = ScriptRuns.clean(item);
            List<String> lines = wrap(clean, style, textWidth() - indent);
            room(lines.size() * style.leading());
            var listItem = element("LI", list);
            float top = y;
            tagged(
                    element("Lbl", listItem),
                    "Lbl",
                    () -> draw(ScriptRuns.visual("\u2022", style.bold()), style, MARGIN_X, top - style.size() * 1.05f));
            var body = element("LBody", listItem);
            if (ScriptRuns.drawnDifferently(clean, style.bold())) {
                body.setActualText(clean);
            }
            tagged(body, "LBody", () -> {
                for (String line : lines) {
                    draw(ScriptRuns.visual(line, style.bold()), style, MARGIN_X + indent, y - style.size() * 1.05f);
                    y -= style.leading();
                }
            });
            y -= 2;
        }
        y -= after;
    }

    /** A thin grey line across the text, above what follows: decoration only, so an artifact. */
    void rule(float before, Color colour) {
        room(before + 1);
        y -= before;
        var stream = stream();
        try {
            stream.beginMarkedContent(ARTIFACT);
            stream.setStrokingColor(colour);
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN_X, y);
            stream.lineTo(MARGIN_X + textWidth(), y);
            stream.stroke();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished file; the fonts are cut down to the glyphs used as it is saved. */
    byte[] finish() {
        try (document) {
            room(0);
            stream().close();
            var tree = new PDNumberTreeNode(COSArray.class);
            Map<Integer, COSArray> byPage = new HashMap<>();
            for (int i = 0; i < parentTree.size(); i++) {
                byPage.put(i, parentTree.get(i));
            }
            tree.setNumbers(byPage);
            treeRoot.setParentTree(tree);
            treeRoot.setParentTreeNextKey(parentTree.size());
            document.getDocumentCatalog().setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp())));
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be written as PDF", e);
        } finally {
            parsedFonts.forEach(TaggedPdf::closeQuietly);
        }
    }

    private void block(String type, String text, Style style, Align align, float before, float after) {
        String clean = ScriptRuns.clean(text);
        List<String> lines = wrap(clean, style, textWidth());
        room(before + lines.size() * style.leading());
        if (y < A4.getHeight() - MARGIN_Y) {
            y -= before;
        }
        var element = element(type, root);
        if (ScriptRuns.drawnDifferently(clean, style.bold())) {
            element.setActualText(clean);
        }
        tagged(element, type, () -> {
            for (String line : lines) {
                var runs = ScriptRuns.visual(line, style.bold());
                float x = align == Align.RIGHT ? MARGIN_X + textWidth() - width(runs, style) : MARGIN_X;
                draw(runs, style, x, y - style.size() * 1.05f);
                y -= style.leading();
            }
        });
        y -= after;
    }

    private void tableRow(PDStructureElement table, float[] widths, List<Cell> row, Color border) {
        List<List<String>> cellLines = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < row.size(); i++) {
            var cell = row.get(i);
            var lines = wrap(ScriptRuns.clean(cell.text()), cell.style(), widths[i] - 2 * CELL_PADDING);
            cellLines.add(lines);
            height = Math.max(height, lines.size() * cell.style().leading() + 2 * CELL_PADDING);
        }
        room(height);
        cellBoxes(widths, row, height, border);
        var tr = element("TR", table);
        float x = MARGIN_X;
        for (int i = 0; i < row.size(); i++) {
            tableCell(tr, row.get(i), cellLines.get(i), x);
            x += widths[i];
        }
        y -= height;
    }

    private void tableCell(PDStructureElement tr, Cell cell, List<String> lines, float x) {
        var element = element(cell.scope() == null ? "TD" : "TH", tr);
        if (cell.scope() != null) {
            var attributes = new PDTableAttributeObject();
            attributes.setScope(cell.scope());
            element.addAttribute(attributes);
        }
        String clean = ScriptRuns.clean(cell.text());
        if (ScriptRuns.drawnDifferently(clean, cell.style().bold())) {
            element.setActualText(clean);
        }
        tagged(element, element.getStructureType(), () -> {
            float lineTop = y - CELL_PADDING;
            for (String line : lines) {
                draw(
                        ScriptRuns.visual(line, cell.style().bold()),
                        cell.style(),
                        x + CELL_PADDING,
                        lineTop - cell.style().size() * 1.05f);
                lineTop -= cell.style().leading();
            }
        });
    }

    private void cellBoxes(float[] widths, List<Cell> row, float height, Color border) {
        var stream = stream();
        try {
            stream.beginMarkedContent(ARTIFACT);
            float x = MARGIN_X;
            stream.setLineWidth(0.5f);
            for (int i = 0; i < row.size(); i++) {
                var shading = row.get(i).shading();
                if (shading != null) {
                    stream.setNonStrokingColor(shading);
                    stream.addRect(x, y - height, widths[i], height);
                    stream.fill();
                }
                stream.setStrokingColor(border);
                stream.addRect(x, y - height, widths[i], height);
                stream.stroke();
                x += widths[i];
            }
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    /** Draws content as the next marked-content sequence of the page, owned by the element. */
    private void tagged(PDStructureElement element, String tag, Drawing drawing) {
        var stream = stream();
        var onPage = parentTree.getLast();
        int mcid = onPage.size();
        element.setPage(page);
        element.appendKid(mcid);
        onPage.add(element);
        try {
            stream.beginMarkedContent(COSName.getPDFName(tag), mcid);
            drawing.draw();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(List<ScriptRuns.Run> runs, Style style, float x, float baseline) throws IOException {
        var stream = stream();
        stream.beginText();
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, baseline);
        for (var run : runs) {
            stream.setFont(font(run.face()), style.size());
            stream.showText(run.text());
        }
        stream.endText();
    }

    private PDStructureElement element(String type, PDStructureNode parent) {
        var element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Lines no wider than the width, broken at spaces (or inside a word longer than a line). */
    private List<String> wrap(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : text.strip().split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, style) <= width) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            current = word;
            while (width(current, style) > width && current.codePointCount(0, current.length()) > 1) {
                int cut = longestFit(current, style, width);
                lines.add(current.substring(0, cut));
                current = current.substring(cut);
            }
        }
        lines.add(current);
        return lines;
    }

    private int longestFit(String word, Style style, float width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width(word.substring(0, next), style) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    private float width(String logicalLine, Style style) {
        return width(ScriptRuns.visual(logicalLine, style.bold()), style);
    }

    private float width(List<ScriptRuns.Run> runs, Style style) {
        float width = 0;
        try {
            for (var run : runs) {
                width += font(run.face()).getStringWidth(run.text()) / 1000 * style.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    private PDType0Font font(LetterFace face) {
        return fonts.computeIfAbsent(face, f -> {
            TrueTypeFont parsed = f.parse();
            parsedFonts.add(parsed);
            parsed.setEnableGsub(false); // one glyph per character, so every glyph maps back to its character
            try {
                return PDType0Font.load(document, parsed, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Starts a new page unless the height still fits on this one. */
    private void room(float height) {
        if (page != null && y - height >= MARGIN_Y) {
            return;
        }
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(A4);
            page.setStructParents(parentTree.size());
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.getPDFName("S"));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parentTree.add(new COSArray());
        y = A4.getHeight() - MARGIN_Y;
    }

    private PDPageContentStream stream() {
        if (content == null) {
            room(0);
        }
        return java.util.Objects.requireNonNull(content);
    }

    private byte[] xmp() {
        return ("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                        + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                        + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title)
                        + "</rdf:li></rdf:Alt></dc:title>\n"
                        + "   <dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                        + "   <dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                        + "   <xmp:CreatorTool>Stepline</xmp:CreatorTool>\n"
                        + "   <pdfuaid:part>1</pdfuaid:part>\n"
                        + "  </rdf:Description>\n"
                        + " </rdf:RDF>\n"
                        + "</x:xmpmeta>\n"
                        + "<?xpacket end=\"w\"?>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            // an in-memory font: nothing to release
        }
    }
}

package org.stepline.letters.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws a letter as an A4 PDF in the NHS letter manner: sender top right, the patient's identifiers in a box, short
 * headed sections in plain English, scores in a small table. Built-in Helvetica only, so nothing is downloaded or
 * embedded and the text can be read back (and searched) from the file.
 */
final class LetterPdf {

    private static final Color NHS_BLUE = new Color(0x00, 0x5E, 0xB8);
    private static final Color GREY = new Color(0x4C, 0x62, 0x72);
    private static final Color PALE = new Color(0xF0, 0xF4, 0xF5);
    private static final Font BODY = new Font(Font.HELVETICA, 11);
    private static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, GREY);
    private static final Font SENDER = new Font(Font.HELVETICA, 16, Font.BOLD, NHS_BLUE);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, NHS_BLUE);

    private LetterPdf() {
    }

    static byte[] render(LetterContent letter) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(letter.kind().title() + ": " + letter.patientName());
        document.addAuthor("Stepline – " + letter.serviceName());
        document.addCreator("Stepline");
        document.open();
        sender(document, letter);
        addressee(document, letter);
        document.add(spaced(new Paragraph(letter.kind().heading() + " for " + letter.patientName(), TITLE), 14, 6));
        identifiers(document, letter);
        section(document, "Presenting problem", List.of(letter.problem()));
        section(document, "Step of care", List.of(letter.step()));
        scores(document, letter);
        section(document, "How sessions were delivered", letter.modes());
        if (letter.outcome() != null) {
            section(document, "Outcome", List.of(letter.outcome()));
        }
        section(document, "Plan", letter.plan());
        signOff(document, letter);
        document.close();
        return out.toByteArray();
    }

    private static void sender(Document document, LetterContent letter) {
        var sender = new Paragraph();
        sender.setAlignment(Element.ALIGN_RIGHT);
        sender.add(new Phrase("Stepline\n", SENDER));
        sender.add(new Phrase(letter.serviceName() + "\n", BOLD));
        sender.add(new Phrase("NHS Talking Therapies for anxiety and depression\n", SMALL));
        sender.add(new Phrase(letter.date(), BODY));
        document.add(sender);
    }

    private static void addressee(Document document, LetterContent letter) {
        var to = new Paragraph();
        to.add(new Phrase("To: the patient's GP\n", BOLD));
        to.add(new Phrase(letter.gpPractice(), BODY));
        document.add(spaced(to, 6, 0));
    }

    private static void identifiers(Document document, LetterContent letter) {
        var table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(100);
        row(table, "Name", letter.patientName());
        row(table, "NHS number", letter.nhsNumber());
        row(table, "Date of birth", letter.dateOfBirth());
        row(table, "GP practice", letter.gpPractice());
        row(table, "Pathway", letter.pathwayId());
        document.add(table);
    }

    private static void row(PdfPTable table, String label, String value) {
        var name = new PdfPCell(new Phrase(label, BOLD));
        name.setBackgroundColor(PALE);
        name.setPadding(5);
        name.setBorderColor(GREY);
        var cell = new PdfPCell(new Phrase(value, BODY));
        cell.setPadding(5);
        cell.setBorderColor(GREY);
        table.addCell(name);
        table.addCell(cell);
    }

    private static void section(Document document, String heading, List<String> lines) {
        document.add(spaced(new Paragraph(heading, HEADING), 12, 3));
        for (String line : lines) {
            document.add(spaced(new Paragraph(line, BODY), 0, 2));
        }
    }

    private static void scores(Document document, LetterContent letter) {
        document.add(spaced(new Paragraph("Questionnaire scores", HEADING), 12, 4));
        boolean discharge = letter.kind() == LetterKind.DISCHARGE;
        var table = discharge ? new PdfPTable(new float[] {2.2f, 1.4f, 1.4f}) : new PdfPTable(new float[] {2.2f, 2.8f});
        table.setWidthPercentage(100);
        header(table, "Questionnaire");
        header(table, discharge ? "At the start" : "At assessment");
        if (discharge) {
            header(table, "At the end");
        }
        for (var line : letter.scores()) {
            table.addCell(cell(line.measure()));
            table.addCell(cell(line.start()));
            if (discharge) {
                table.addCell(cell(line.end()));
            }
        }
        document.add(table);
        document.add(new Paragraph("Lower scores are better. PHQ-9 scores of 10 or more, and GAD-7 scores of 8 or "
                + "more, are at the clinical threshold (\"caseness\").", SMALL));
    }

    private static void header(PdfPTable table, String text) {
        var cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(PALE);
        cell.setPadding(5);
        cell.setBorderColor(GREY);
        table.addCell(cell);
    }

    private static PdfPCell cell(String text) {
        var cell = new PdfPCell(new Phrase(text, BODY));
        cell.setPadding(5);
        cell.setBorderColor(GREY);
        return cell;
    }

    private static void signOff(Document document, LetterContent letter) {
        var sign = new Paragraph();
        sign.add(new Phrase("Yours sincerely,\n\n", BODY));
        sign.add(new Phrase(letter.author() + "\n", BOLD));
        sign.add(new Phrase(letter.serviceName() + ", Stepline\n", BODY));
        document.add(spaced(sign, 18, 8));
        var note = new Paragraph("This letter was written from the patient's record in Stepline. It contains "
                + "confidential information about the patient: please keep it with their medical record.", SMALL);
        note.setAlignment(Element.ALIGN_LEFT);
        var line = new PdfPTable(1);
        line.setWidthPercentage(100);
        var top = new PdfPCell(note);
        top.setBorder(Rectangle.TOP);
        top.setBorderColor(GREY);
        top.setPaddingTop(6);
        line.addCell(top);
        document.add(line);
    }

    private static Paragraph spaced(Paragraph paragraph, float before, float after) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}

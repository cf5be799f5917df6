package org.stepline.letters.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.stepline.letters.internal.LetterContent.SharedFormulation;
import org.stepline.letters.internal.TaggedPdf.Align;
import org.stepline.letters.internal.TaggedPdf.Cell;
import org.stepline.letters.internal.TaggedPdf.Style;

/**
 * Draws a letter as an A4 tagged PDF in the NHS letter manner: sender top right, the patient's identifiers in a
 * table, short headed sections in plain English, scores in a small table. The fonts are embedded (see
 * {@link LetterFace}), so any patient's name prints, whatever its script, and the text reads back as typed.
 */
final class LetterPdf {

    private static final Color NHS_BLUE = new Color(0x00, 0x5E, 0xB8);
    private static final Color BLACK = new Color(0x21, 0x2B, 0x32);
    private static final Color GREY = new Color(0x4C, 0x62, 0x72);
    private static final Color PALE = new Color(0xF0, 0xF4, 0xF5);
    private static final Style BODY = new Style(11, false, BLACK);
    private static final Style BOLD = new Style(11, true, BLACK);
    private static final Style SMALL = new Style(9, false, GREY);
    private static final Style SENDER = new Style(16, true, NHS_BLUE);
    private static final Style TITLE = new Style(16, true, BLACK);
    private static final Style HEADING = new Style(12, true, NHS_BLUE);

    private LetterPdf() {}

    static byte[] render(LetterContent letter) {
        var pdf = new TaggedPdf(
                letter.kind().title() + ": " + letter.patientName(), "Stepline – " + letter.serviceName(), "en-GB");
        sender(pdf, letter);
        addressee(pdf, letter);
        pdf.heading(1, letter.kind().heading() + " for " + letter.patientName(), TITLE, 14, 6);
        identifiers(pdf, letter);
        section(pdf, "Presenting problem", List.of(letter.problem()));
        section(pdf, "Step of care", List.of(letter.step()));
        scores(pdf, letter);
        section(pdf, "How sessions were delivered", letter.modes());
        if (letter.outcome() != null) {
            section(pdf, "Outcome", List.of(letter.outcome()));
        }
        section(pdf, "Plan", letter.plan());
        if (letter.formulation() != null) {
            formulation(pdf, letter.formulation());
        }
        signOff(pdf, letter);
        return pdf.finish();
    }

    private static void sender(TaggedPdf pdf, LetterContent letter) {
        pdf.paragraph("Stepline", SENDER, Align.RIGHT, 0, 0);
        pdf.paragraph(letter.serviceName(), BOLD, Align.RIGHT, 0, 0);
        pdf.paragraph("NHS Talking Therapies for anxiety and depression", SMALL, Align.RIGHT, 0, 0);
        pdf.paragraph(letter.date(), BODY, Align.RIGHT, 0, 0);
    }

    private static void addressee(TaggedPdf pdf, LetterContent letter) {
        pdf.paragraph("To: the patient's GP", BOLD, Align.LEFT, 6, 0);
        pdf.paragraph(letter.gpPractice(), BODY, Align.LEFT, 0, 0);
    }

    private static void identifiers(TaggedPdf pdf, LetterContent letter) {
        List<List<Cell>> rows = List.of(
                row("Name", letter.patientName()),
                row("NHS number", letter.nhsNumber()),
                row("Date of birth", letter.dateOfBirth()),
                row("GP practice", letter.gpPractice()),
                row("Pathway", letter.pathwayId()));
        pdf.table(new float[] {1.3f, 3f}, rows, GREY, 0);
    }

    private static List<Cell> row(String label, String value) {
        return List.of(new Cell(label, BOLD, "Row", PALE), Cell.data(value, BODY));
    }

    private static void section(TaggedPdf pdf, String heading, List<String> lines) {
        pdf.heading(2, heading, HEADING, 12, 3);
        for (String line : lines) {
            pdf.paragraph(line, BODY, Align.LEFT, 0, 2);
        }
    }

    /** The shared formulation as plain text: each box's label as a heading and its entries as a list. */
    private static void formulation(TaggedPdf pdf, SharedFormulation shared) {
        pdf.heading(2, SharedFormulation.HEADING, HEADING, 12, 3);
        pdf.paragraph(shared.about(), BODY, Align.LEFT, 0, 2);
        for (var box : shared.boxes()) {
            pdf.heading(3, box.label(), BOLD, 6, 2);
            if (box.entries().isEmpty()) {
                pdf.paragraph(SharedFormulation.NOTHING_WRITTEN, BODY, Align.LEFT, 0, 2);
            } else {
                pdf.list(box.entries(), BODY, 0);
            }
        }
        pdf.paragraph(shared.attribution(), SMALL, Align.LEFT, 6, 0);
    }

    private static void scores(TaggedPdf pdf, LetterContent letter) {
        pdf.heading(2, "Questionnaire scores", HEADING, 12, 4);
        boolean discharge = letter.kind() == LetterKind.DISCHARGE;
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>(
                List.of(columnHeader("Questionnaire"), columnHeader(discharge ? "At the start" : "At assessment")));
        if (discharge) {
            header.add(columnHeader("At the end"));
        }
        rows.add(header);
        for (var line : letter.scores()) {
            List<Cell> cells = new ArrayList<>(
                    List.of(new Cell(line.measure(), BODY, "Row", null), Cell.data(line.start(), BODY)));
            if (discharge) {
                cells.add(Cell.data(line.end(), BODY));
            }
            rows.add(cells);
        }
        pdf.table(discharge ? new float[] {2.2f, 1.4f, 1.4f} : new float[] {2.2f, 2.8f}, rows, GREY, 2);
        pdf.paragraph(letter.thresholds(), SMALL, Align.LEFT, 0, 0);
    }

    private static Cell columnHeader(String text) {
        return new Cell(text, BOLD, "Column", PALE);
    }

    private static void signOff(TaggedPdf pdf, LetterContent letter) {
        pdf.paragraph("Yours sincerely,", BODY, Align.LEFT, 16, 8);
        pdf.paragraph(letter.author(), BOLD, Align.LEFT, 0, 0);
        pdf.paragraph(letter.serviceName() + ", Stepline", BODY, Align.LEFT, 0, 8);
        pdf.rule(0, GREY);
        pdf.paragraph(
                "This letter was written from the patient's record in Stepline. It contains confidential "
                        + "information about the patient: please keep it with their medical record.",
                SMALL,
                Align.LEFT,
                6,
                0);
    }
}

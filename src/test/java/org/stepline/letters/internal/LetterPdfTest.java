package org.stepline.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF carries every part of the letter as text (so it can be read back, searched and read aloud). */
class LetterPdfTest {

    static final LetterContent DISCHARGE = new LetterContent(
            LetterKind.DISCHARGE,
            "26 Nov 2026",
            "North Talking Therapies",
            "Kim Cole",
            "Riverside Surgery (Y01234)",
            "Ada Lovelace",
            "Ada",
            "943 476 5919",
            "10 Dec 1985",
            "NT-0001",
            "Generalised anxiety disorder (ICD-10 F41.1)",
            "Step 3: high-intensity psychological therapy",
            List.of(
                    new LetterContent.ScoreLine("PHQ-9 (depression)", "15 (moderately severe)", "4 (minimal)"),
                    new LetterContent.ScoreLine("GAD-7 (anxiety)", "17 (severe)", "6 (mild)")),
            List.of("Face to face: 2 sessions", "Telephone: 9 sessions"),
            "Recovered: scores moved from above to below the clinical threshold.",
            List.of("Reason for ending: Mutually agreed completion of treatment."),
            "Lower scores are better. PHQ-9 scores of 10 or more, and GAD-7 scores of 8 or more, are at the clinical "
                    + "threshold (\"caseness\").");

    @Test
    void everyPartOfTheLetterIsInTheText() throws Exception {
        byte[] pdf = LetterPdf.render(DISCHARGE);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Discharge letter to the GP: Ada Lovelace");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Stepline North Talking Therapies",
                            "To: the patient's GP Riverside Surgery (Y01234)",
                            "NHS number 943 476 5919",
                            "Step 3: high-intensity psychological therapy",
                            "PHQ-9 (depression) 15 (moderately severe) 4 (minimal)",
                            "GAD-7 (anxiety) 17 (severe) 6 (mild)",
                            "Face to face: 2 sessions",
                            "Telephone: 9 sessions",
                            "Outcome Recovered",
                            "Kim Cole North Talking Therapies, Stepline",
                            "It contains confidential information about the patient");
        }
    }
}

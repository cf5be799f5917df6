package org.stepline.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Every GP letter passes veraPDF's PDF/UA-1 validation (the Matterhorn Protocol's machine-checkable conditions),
 * with a patient's name in each script the letters' fonts cover.
 */
public class PdfUaValidationTest {

    @BeforeAll
    public static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zofia Wójcik-Łęcka", "Nguyễn Thị Hương", "فاطمة الزهراء", "שרה כהן", "王秀英", "Ann Cole"})
    void theLetterIsPdfUa1(String name) throws Exception {
        byte[] pdf = LetterPdf.render(LetterScriptsTest.letterFor(name, LetterPdfTest.DISCHARGE.plan()));

        assertThat(failures(pdf)).as("veraPDF's PDF/UA-1 failures").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theLetterWithTheSharedFormulationIsPdfUa1() throws Exception {
        var formulation = new LetterContent.SharedFormulation(
                "Ada and their practitioner drew this formulation together.",
                List.of(
                        new LetterContent.SharedFormulation.Box(
                                "Situation",
                                List.of(
                                        "Meeting at work",
                                        "A long entry that wraps onto a second line of the letter, because it goes on and on about "
                                                + "what happened at the meeting and who was there")),
                        new LetterContent.SharedFormulation.Box("Altered thinking", List.of()),
                        new LetterContent.SharedFormulation.Box("Altered feelings", List.of("Sad", "Anxious"))),
                "Five areas model: Williams C and Garland A (2002).");
        byte[] pdf = LetterPdf.render(LetterPdfTest.DISCHARGE.with(formulation));

        assertThat(failures(pdf)).as("veraPDF's PDF/UA-1 failures").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anUntaggedPdfFailsSoTheCheckCanFail() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }

        assertThat(failures(out.toByteArray())).isNotEmpty();
    }

    /** veraPDF's PDF/UA-1 failures of a PDF (after {@link #validator()} has run once); empty when it passes. */
    public static List<String> failures(byte[] pdf) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            var result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct()
                    .toList();
        } catch (ValidationException e) {
            throw new AssertionError("veraPDF could not validate the letter", e);
        }
    }
}

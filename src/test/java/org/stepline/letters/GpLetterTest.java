package org.stepline.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;
import static org.stepline.TreatedPathways.gad7;
import static org.stepline.TreatedPathways.phq9;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.TestRecords;
import org.stepline.TreatedPathways;
import org.stepline.TreatedPathways.Pathway;
import org.stepline.identity.Role;

/**
 * Letters to the GP, end to end: a pathway assessed by telephone and treated by telephone and video through the
 * pages; the letters written at assessment and discharge are read back from their PDFs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GpLetterTest {

    @Autowired
    GpLetters gpLetters;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TreatedPathways pathways;
    Pathway jordan;

    @BeforeEach
    void setUp() {
        pathways = new TreatedPathways(mvc, jdbc);
        jordan = pathways.newPathway("Jordan", "F32");
    }

    @Test
    void anAssessmentLetterGivesTheStartingScoresTheStepAndThePlan() throws Exception {
        assess();

        var letters = lettersOf(jordan.patientId());
        assertThat(letters).extracting(GpLetterSummary::kind).containsExactly("ASSESSMENT");
        String text = pdfText(download(letters.getFirst()));
        assertThat(text)
                .contains(
                        "Stepline",
                        "Assessment summary for Jordan Tester",
                        "Riverside Surgery (Y01234)",
                        "Depressive episode (ICD-10 F32)",
                        "Step 2: low-intensity psychological treatment",
                        "PHQ-9 (depression) 18 (moderately severe)",
                        "GAD-7 (anxiety) 14 (moderate)",
                        "Telephone: 1 session",
                        "Planned treatment: guided self-help",
                        "Jordan would prefer sessions by telephone");
        assertThat(text).doesNotContain("Outcome");

        // recording the assessment again (a correction) does not write a second letter
        pathways.attended(jordan, assessmentId, "02");
        assertThat(lettersOf(jordan.patientId())).hasSize(1);
    }

    @Test
    void aDischargeLetterGivesTheScoresAtStartAndEndTheModesAndTheOutcome() throws Exception {
        assess();
        long first = pathways.appointment(jordan, 30, "02", "02");
        long second = pathways.appointment(jordan, 20, "02", "02");
        long last = pathways.appointment(jordan, 10, "02", "11");
        pathways.attended(jordan, first, "02");
        pathways.attended(jordan, second, "02");
        pathways.score(jordan, last, "PHQ9", phq9(6));
        pathways.score(jordan, last, "GAD7", gad7(5));
        pathways.attended(jordan, last, "11");
        pathways.discharge(jordan, "46");

        var letters = lettersOf(jordan.patientId());
        assertThat(letters).extracting(GpLetterSummary::kind).containsExactly("DISCHARGE", "ASSESSMENT");
        String text = pdfText(download(letters.getFirst()));
        assertThat(text)
                .contains(
                        "Discharge summary for Jordan Tester",
                        "NHS number",
                        "Date of birth 2 Jun 1979",
                        "At the start At the end",
                        "PHQ-9 (depression) 18 (moderately severe) 6 (mild)",
                        "GAD-7 (anxiety) 14 (moderate) 5 (mild)",
                        "Telephone: 3 sessions",
                        "Video: 1 session",
                        "Reliably recovered: scores moved from above to below the clinical threshold",
                        "Reason for ending: Mutually agreed completion of treatment.",
                        "If difficulties return, Jordan can refer themselves again");
        // the thresholds as the instrument files give them (text may wrap between lines)
        assertThat(text.replaceAll("\\s+", " ")).contains("PHQ-9 scores of 10 or more, and GAD-7 scores of 8 or more");

        mvc.perform(get("/patients/" + jordan.patientId()).with(as(jordan.practitioner())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"letters\">Letters</h2>")))
                .andExpect(content()
                        .string(containsString("href=\"" + letters.getFirst().downloadPath() + "\"")));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and detail like 'Downloaded the discharge letter%'")
                        .param(jordan.patientId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyCliniciansOfThePatientsTeamCanDownloadALetter() throws Exception {
        assess();
        var letter = lettersOf(jordan.patientId()).getFirst();
        var records = new TestRecords(jdbc);
        var stranger = records.clinician(records.team(), Role.PRACTITIONER);
        mvc.perform(get(letter.downloadPath()).with(as(stranger))).andExpect(status().isForbidden());

        var someoneElse = pathways.newPathway("Sam", "F41.1");
        mvc.perform(get("/patients/" + someoneElse.patientId() + "/letters/" + letter.id())
                        .with(as(someoneElse.practitioner())))
                .andExpect(status().isNotFound());
        mvc.perform(get(letter.downloadPath())).andExpect(status().is3xxRedirection());
    }

    private long assessmentId;

    /** A telephone assessment with PHQ-9 18 and GAD-7 14 entered in session, recorded attended. */
    private void assess() throws Exception {
        assessmentId = pathways.appointment(jordan, 40, "01", "02");
        pathways.score(jordan, assessmentId, "PHQ9", phq9(18));
        pathways.score(jordan, assessmentId, "GAD7", gad7(14));
        pathways.attended(jordan, assessmentId, "02");
    }

    private List<GpLetterSummary> lettersOf(long patientId) {
        return gpLetters.forPatient(patientId);
    }

    private byte[] download(GpLetterSummary letter) throws Exception {
        return mvc.perform(get(letter.downloadPath()).with(as(jordan.practitioner())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"gp-letter-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The PDF's text, read as a person would, with runs of white space made single spaces; the PDF is tagged. */
    static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids())
                    .hasSize(1);
            var stripper = new PDFTextStripper();
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}

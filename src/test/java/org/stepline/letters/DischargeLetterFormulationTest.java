package org.stepline.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import org.junit.jupiter.api.BeforeAll;
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
import org.stepline.letters.internal.PdfUaValidationTest;

/**
 * The shared formulation in the discharge letter (issue 15), through the pages and the real database: a board drawn
 * and kept twice, then the discharge letter previewed and written again with and without the box ticked, read back
 * from its PDF, which still passes the PDF/UA-1 validation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DischargeLetterFormulationTest {

    private static final String HEADING = "Our shared formulation";
    private static final String HINT = "Only with the patient's agreement";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TreatedPathways pathways;
    Pathway jordan;

    @BeforeAll
    static void validator() {
        PdfUaValidationTest.validator();
    }

    @BeforeEach
    void setUp() {
        pathways = new TreatedPathways(mvc, jdbc);
        jordan = pathways.newPathway("Jordan", "F32");
    }

    @Test
    void withTheBoxTickedTheLetterHasTheLatestKeptVersionOfTheFormulation() throws Exception {
        long board = keptFormulation();
        pathways.discharge(jordan, "46");

        String page = page();
        assertThat(page)
                .contains("name=\"formulation\"", HINT, "Discharge summary for Jordan Tester")
                .doesNotContain("value=\"yes\" checked", HEADING);
        String preview = mvc.perform(post(path())
                        .with(csrf())
                        .with(as(jordan.practitioner()))
                        .param("formulation", "yes")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains(HEADING, "Five areas", "Meeting at work", "They think I'm stupid")
                .doesNotContain("Not kept yet");

        mvc.perform(post(path())
                        .with(csrf())
                        .with(as(jordan.practitioner()))
                        .param("formulation", "yes")
                        .param("action", "write"))
                .andExpect(redirectedUrl("/patients/" + jordan.patientId() + "#letters"));

        byte[] pdf = newestLetter();
        String text = GpLetterTest.pdfText(pdf);
        assertThat(text)
                .contains(
                        "Discharge summary for Jordan Tester",
                        HEADING,
                        "Five areas model (version 2",
                        "with Jordan's agreement",
                        "Williams C and Garland A (2002)");
        assertThat(text)
                .containsSubsequence(
                        "Plan",
                        HEADING,
                        "Altered thinking",
                        "They think I'm stupid",
                        "Altered behaviour",
                        "Nothing written in this box.",
                        "Situation",
                        "Meeting at work",
                        "Altered feelings",
                        "Nothing written in this box.",
                        "Altered physical symptoms",
                        "Yours sincerely");
        assertThat(text).as("only what was kept").doesNotContain("Not kept yet");
        assertThat(PdfUaValidationTest.failures(pdf))
                .as("veraPDF's PDF/UA-1 failures")
                .isEmpty();

        assertThat(audited("Read version 2 of the formulation (Five areas, formulation board " + board
                        + ") into the discharge letter"))
                .isEqualTo(1);
        assertThat(audited("Read version 2 of the formulation%for the preview of the discharge letter"))
                .isEqualTo(1);
        assertThat(
                        audited(
                                "Wrote the discharge letter to the gp for referral %, with version 2 of the shared formulation"))
                .isEqualTo(1);
        String record = mvc.perform(get("/patients/" + jordan.patientId()).with(as(jordan.practitioner())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(record).contains("href=\"" + path() + "\"");
        assertThat(record)
                .as("the letter written at discharge stays on the record, marked as replaced by the new one")
                .containsOnlyOnce("Replaced by the discharge letter written ");
    }

    @Test
    void withoutTheTickNoLetterHasTheFormulation() throws Exception {
        keptFormulation();
        pathways.discharge(jordan, "46");
        assertThat(GpLetterTest.pdfText(newestLetter()))
                .as("the letter written at discharge")
                .contains("Discharge summary")
                .doesNotContain(HEADING, "Meeting at work", "Altered thinking");

        mvc.perform(post(path()).with(csrf()).with(as(jordan.practitioner())).param("action", "write"))
                .andExpect(redirectedUrl("/patients/" + jordan.patientId() + "#letters"));

        byte[] pdf = newestLetter();
        assertThat(GpLetterTest.pdfText(pdf))
                .contains("Discharge summary for Jordan Tester")
                .doesNotContain(HEADING, "Meeting at work", "They think I'm stupid", "Altered thinking", "Williams C");
        assertThat(jdbc.sql("select count(*) from gp_letter where referral_id = ? and kind = 'DISCHARGE'")
                        .param(jordan.referralId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(audited("Read version % of the formulation%")).isZero();
    }

    @Test
    void aReferralWithoutAKeptFormulationShowsNoCheckbox() throws Exception {
        pathways.discharge(jordan, "46");
        assertThat(page())
                .contains("Discharge summary for Jordan Tester", "Write the discharge letter")
                .doesNotContain("name=\"formulation\"", HINT, HEADING);

        // a board drawn but never closed has no kept version either
        long board = openBoard();
        entry(board, "situation", "Meeting at work");
        assertThat(page()).doesNotContain("name=\"formulation\"", HINT);
        // ticking it anyway (a hand-made request) puts nothing in
        mvc.perform(post(path())
                        .with(csrf())
                        .with(as(jordan.practitioner()))
                        .param("formulation", "yes")
                        .param("action", "write"))
                .andExpect(status().is3xxRedirection());
        assertThat(GpLetterTest.pdfText(newestLetter())).doesNotContain(HEADING, "Meeting at work");
    }

    @Test
    void anOpenReferralHasNothingToPreviewAndAnotherTeamIsRefused() throws Exception {
        keptFormulation();
        assertThat(page()).contains("This referral is still open").doesNotContain("name=\"formulation\"");
        mvc.perform(post(path())
                        .with(csrf())
                        .with(as(jordan.practitioner()))
                        .param("formulation", "yes")
                        .param("action", "write"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from gp_letter where referral_id = ?")
                        .param(jordan.referralId())
                        .query(Integer.class)
                        .single())
                .isZero();

        var records = new TestRecords(jdbc);
        var stranger = records.clinician(records.team(), Role.PRACTITIONER);
        mvc.perform(get(path()).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(post(path()).with(csrf()).with(as(stranger)).param("action", "write"))
                .andExpect(status().isForbidden());
    }

    /** A five areas board kept twice, with an entry added after the last version was kept. */
    private long keptFormulation() throws Exception {
        long board = openBoard();
        entry(board, "situation", "Meeting at work");
        close(board);
        entry(board, "thinking", "They think I'm stupid");
        close(board);
        entry(board, "feelings", "Not kept yet");
        return board;
    }

    private long openBoard() throws Exception {
        var opened = mvc.perform(post("/referrals/" + jordan.referralId() + "/formulation")
                        .param("model", "FIVE_AREAS")
                        .with(as(jordan.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return Long.parseLong(opened.getResponse().getRedirectedUrl().replace("/formulation/", ""));
    }

    private void entry(long board, String box, String text) throws Exception {
        mvc.perform(post("/formulation/" + board + "/entries")
                        .with(as(jordan.practitioner()))
                        .with(csrf())
                        .param("box", box)
                        .param("text", text))
                .andExpect(status().is3xxRedirection());
    }

    private void close(long board) throws Exception {
        mvc.perform(post("/formulation/" + board + "/close")
                        .with(as(jordan.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String path() {
        return "/referrals/" + jordan.referralId() + "/discharge-letter";
    }

    private String page() throws Exception {
        return mvc.perform(get(path()).with(as(jordan.practitioner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private byte[] newestLetter() {
        return jdbc.sql("select pdf from gp_letter where referral_id = ? order by id desc limit 1")
                .param(jordan.referralId())
                .query(byte[].class)
                .single();
    }

    private int audited(String like) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ? and detail ilike ?")
                .params(jordan.patientId(), like)
                .query(Integer.class)
                .single();
    }
}

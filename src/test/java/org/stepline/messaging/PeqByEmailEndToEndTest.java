package org.stepline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.SessionRepository;
import org.stepline.BrowserSession;
import org.stepline.TestRecords;
import org.stepline.TreatedPathways;

/**
 * The PEQ from discharge to stored answers with nothing done by hand: discharge after treatment schedules it, the
 * sender e-mails its link through a real SMTP server, and the patient follows the link from the e-mail and answers.
 */
class PeqByEmailEndToEndTest extends MessagesToPatientsTest {

    @Autowired
    SessionRepository<?> sessions;

    private static final Pattern QUESTIONNAIRE_LINK = Pattern.compile("https://stepline\\.test(/q/[A-Za-z0-9_-]{43})");

    @Test
    void theDischargedPatientAnswersThePeqFromTheLinkInTheirEmail() throws Exception {
        var pathways = new TreatedPathways(mvc, jdbc);
        var pathway = pathways.newPathway("Sam", "F41.1");
        String email = "sam." + TestRecords.next() + "." + System.nanoTime() + "@patients.stepline.test";
        jdbc.sql("update patient set email = ?, mobile_phone = null where id = ?")
                .params(email, pathway.patientId())
                .update();
        pathways.attended(pathway, pathways.appointment(pathway, 40, "01", "11"), "11");
        pathways.attended(pathway, pathways.appointment(pathway, 20, "02", "11"), "11");

        pathways.discharge(pathway, "46");
        sender.sendDue();

        var emails = LocalProviders.emailsTo(email);
        assertThat(emails)
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Some questions from Test Talking Therapies"));
        String body = GreenMailUtil.getBody(emails.getFirst());
        assertThat(body).contains("Hello Sam.", "/stop/").doesNotContain("PEQ", "F41");
        Matcher link = QUESTIONNAIRE_LINK.matcher(body);
        assertThat(link.find()).as("a questionnaire link in %s", body).isTrue();
        String path = link.group(1);
        assertThat(jdbc.sql("select kind || ' ' || channel || ' ' || status from outbound_message where patient_id = ?")
                        .param(pathway.patientId())
                        .query(String.class)
                        .list())
                .containsExactly("QUESTIONNAIRE_LINK EMAIL SENT");

        var session = BrowserSession.start(sessions);
        assertThat(mvc.perform(get(path).with(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Hello Sam", "date of birth");
        mvc.perform(post(path)
                        .with(session)
                        .with(csrf())
                        .param("day", "2")
                        .param("month", "6")
                        .param("year", "1979"))
                .andExpect(redirectedUrl(path + "/questions"));
        assertThat(mvc.perform(get(path + "/questions").with(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Did staff listen to you and treat your concerns seriously?");
        mvc.perform(post(path + "/questions")
                        .with(session)
                        .with(csrf())
                        .param("PEQ_END.1", "4")
                        .param("PEQ_END.2", "4")
                        .param("PEQ_END.3", "3")
                        .param("PEQ_END.4", "NA")
                        .param("PEQ_END.5", "1")
                        .param("PEQ_END.6", "2")
                        .param("STEPLINE_MODES.1", "1")
                        .param("STEPLINE_MODES.2", "NA"))
                .andExpect(redirectedUrl("/q/done"));

        var stored = jdbc.sql("""
                select x.item_number, x.snomed_code, x.value from measure_answer x
                join measure_administration a on a.id = x.administration_id
                where a.patient_id = ? and a.instrument = 'PEQ_END' order by x.item_number""")
                .param(pathway.patientId())
                .query((rs, n) -> Arrays.asList(rs.getInt(1), rs.getString(2), rs.getObject(3, Integer.class)))
                .list();
        assertThat(stored)
                .containsExactly(
                        Arrays.asList(1, "747901000000107", 4),
                        Arrays.asList(2, "747911000000109", 4),
                        Arrays.asList(3, "747921000000103", 3),
                        Arrays.asList(4, "747931000000101", null),
                        Arrays.asList(5, "747941000000105", 1),
                        Arrays.asList(6, "747951000000108", 2));
        assertThat(jdbc.sql("select status from questionnaire_request where patient_id = ?")
                        .param(pathway.patientId())
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
    }
}

package org.stepline.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.BrowserSession;
import org.stepline.TestRecords;
import org.stepline.TreatedPathways;
import org.stepline.TreatedPathways.Pathway;
import org.stepline.identity.Role;
import org.stepline.outcomes.internal.PeqByMode;
import org.stepline.outcomes.internal.PeqReport;
import org.stepline.outcomes.internal.ReportPeriod;
import org.stepline.shared.ServiceTime;

/**
 * The end-of-treatment PEQ round trip: discharge after treatment schedules it; the patient answers it on the
 * one-time link; the answers are stored with their SNOMED CT codes and counted on the outcome report by treatment
 * mode.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeqRoundTripTest {

    static final String VIDEO = "11";

    @Autowired
    SessionRepository<?> sessions;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CodedAnswers codedAnswers;

    @Autowired
    PeqByMode peqByMode;

    final LocalDate today = LocalDate.now(ServiceTime.ZONE);
    final ReportPeriod todayOnly = new ReportPeriod(today, today);

    @Test
    void aDischargeAfterTreatmentSendsThePeqWhoseAnswersReachTheReportByTreatmentMode() throws Exception {
        var pathways = new TreatedPathways(mvc, jdbc);
        Pathway robin = pathways.newPathway("Robin", "F41.1");
        treatByVideo(pathways, robin, 2);
        PeqReport before = peqByMode.report(todayOnly);

        pathways.discharge(robin, "46");

        var request = jdbc.sql("""
                select id, status, instruments, send_after, appointment_id from questionnaire_request
                where patient_id = ? and 'PEQ_END' = any(instruments)""")
                .param(robin.patientId())
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    Arrays.asList((String[]) rs.getArray(3).getArray()),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getObject(5, Long.class)
                })
                .single();
        assertThat(request[1]).as("scheduled for a sender to deliver").isEqualTo("SCHEDULED");
        assertThat(request[2]).isEqualTo(List.of("PEQ_END", "STEPLINE_MODES"));
        assertThat(((OffsetDateTime) request[3]).toInstant()).as("due at once").isBeforeOrEqualTo(Instant.now());
        assertThat(request[4]).as("not tied to an appointment").isNull();

        // staff can still create the link by hand (a sender would issue it the same way)
        String page = mvc.perform(post("/questionnaire-requests/" + request[0] + "/issue")
                        .with(csrf())
                        .with(as(robin.practitioner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var link = Pattern.compile("/q/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        var session = BrowserSession.start(sessions);
        mvc.perform(post("/q/" + token)
                        .with(session)
                        .with(csrf())
                        .param("day", "2")
                        .param("month", "6")
                        .param("year", "1979"))
                .andExpect(redirectedUrl("/q/" + token + "/questions"));
        mvc.perform(get("/q/" + token + "/questions").with(session))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Did staff listen to you and treat your concerns seriously?")))
                .andExpect(content().string(containsString("Most of the time")))
                .andExpect(content()
                        .string(containsString("Were you offered a choice of how your sessions were delivered?")));
        mvc.perform(post("/q/" + token + "/questions")
                        .with(session)
                        .with(csrf())
                        .param("PEQ_END.1", "4")
                        .param("PEQ_END.2", "3")
                        .param("PEQ_END.3", "2")
                        .param("PEQ_END.4", "NA")
                        .param("PEQ_END.5", "0")
                        .param("PEQ_END.6", "NA")
                        .param("STEPLINE_MODES.1", "1")
                        .param("STEPLINE_MODES.2", "NA"))
                .andExpect(redirectedUrl("/q/done"));

        // stored with the national codes; "not applicable" as no value, never as 0
        var stored = jdbc.sql("""
                select x.item_number, x.snomed_code, x.value from measure_answer x
                join measure_administration a on a.id = x.administration_id
                where a.patient_id = ? and a.instrument = 'PEQ_END' order by x.item_number""")
                .param(robin.patientId())
                .query((rs, n) -> Arrays.asList(rs.getInt(1), rs.getString(2), rs.getObject(3, Integer.class)))
                .list();
        assertThat(stored)
                .containsExactly(
                        Arrays.asList(1, "747901000000107", 4),
                        Arrays.asList(2, "747911000000109", 3),
                        Arrays.asList(3, "747921000000103", 2),
                        Arrays.asList(4, "747931000000101", null),
                        Arrays.asList(5, "747941000000105", 0),
                        Arrays.asList(6, "747951000000108", null));
        var read = codedAnswers.forPatient(robin.patientId(), "PEQ_END");
        assertThat(read).singleElement().satisfies(peq -> {
            assertThat(peq.referralId()).isEqualTo(robin.referralId());
            assertThat(peq.answer(4).orElseThrow().notApplicable()).isTrue();
            assertThat(peq.answer(5).orElseThrow())
                    .isEqualTo(new CodedAdministration.CodedAnswer(5, "747941000000105", 0));
        });
        mvc.perform(get("/patients/" + robin.patientId() + "/questionnaires/coded?instrument=PEQ_END")
                        .with(as(robin.practitioner())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("{\"itemNumber\":1,\"snomedCode\":\"747901000000107\",\"value\":4")))
                .andExpect(content()
                        .string(containsString("{\"itemNumber\":4,\"snomedCode\":\"747931000000101\",\"value\":null")));
        assertThat(codedAnswers.forPatient(robin.patientId(), "STEPLINE_MODES"))
                .singleElement()
                .satisfies(own -> assertThat(own.answers()).allMatch(a -> a.snomedCode() == null));

        // the report counts it under video: answered and "most" or "all of the time", item by item
        PeqReport after = peqByMode.report(todayOnly);
        assertThat(added(before, after, VIDEO, 1)).containsExactly(1L, 1L);
        assertThat(added(before, after, VIDEO, 2)).containsExactly(1L, 1L);
        assertThat(added(before, after, VIDEO, 3)).containsExactly(0L, 1L);
        assertThat(added(before, after, VIDEO, 4))
                .as("not applicable is not an answer")
                .containsExactly(0L, 0L);
        assertThat(added(before, after, VIDEO, 5)).containsExactly(0L, 1L);
        assertThat(added(before, after, "all", 1)).containsExactly(1L, 1L);

        var records = new TestRecords(jdbc);
        var manager = records.clinician(records.team(), Role.MANAGER);
        String query = "from=" + today + "&to=" + today;
        mvc.perform(get("/reports/outcomes?" + query).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"peq-table\"")))
                .andExpect(content().string(containsString("data-snomed=\"747901000000107\"")))
                .andExpect(content().string(containsString("table=peq")));
        String csv = mvc.perform(
                        get("/reports/outcomes.csv?" + query + "&table=peq").with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith("Treatment mode,Item,ItemSnomedCode,Question,Answered,MostOrAllOfTheTime,RatePercent")
                .contains("Video,1,747901000000107,");
    }

    @Test
    void noPeqIsSentWhenThePatientHadNoTreatment() throws Exception {
        var pathways = new TreatedPathways(mvc, jdbc);
        Pathway declined = pathways.newPathway("Casey", "F32");
        treatByVideo(pathways, declined, 0);
        pathways.discharge(declined, "14");
        Pathway noSessions = pathways.newPathway("Drew", "F32");
        treatByVideo(pathways, noSessions, 0);
        pathways.discharge(noSessions, "46");

        assertThat(jdbc.sql("select count(*) from questionnaire_request where patient_id in (?, ?)")
                        .params(declined.patientId(), noSessions.patientId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** An attended video assessment and {@code sessions} attended video treatment sessions. */
    private static void treatByVideo(TreatedPathways pathways, Pathway p, int sessions) throws Exception {
        pathways.attended(p, pathways.appointment(p, 40, "01", VIDEO), VIDEO);
        for (int s = 0; s < sessions; s++) {
            pathways.attended(p, pathways.appointment(p, 30 - 10 * s, "02", VIDEO), VIDEO);
        }
    }

    /** What the report gained for one group and item: {most or all of the time, answered}. */
    private static List<Long> added(PeqReport before, PeqReport after, String group, int item) {
        return List.of(
                value(after, group, item).numerator()
                        - value(before, group, item).numerator(),
                value(after, group, item).denominator()
                        - value(before, group, item).denominator());
    }

    private static org.stepline.outcomes.internal.FigureValue value(PeqReport report, String group, int item) {
        int g = report.groups().stream().map(PeqReport.Group::key).toList().indexOf(group);
        return report.items().stream()
                .filter(i -> i.number() == item)
                .findFirst()
                .orElseThrow()
                .byGroup()
                .get(g);
    }
}

package org.stepline.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.TestRecords;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;

/** The outcome report as a manager sees it, its downloads and its JSON, over a year no other test uses. */
@SpringBootTest
@AutoConfigureMockMvc
class OutcomeReportPageTest {

    private static final String PERIOD = "from=2093-01-01&to=2093-12-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    CurrentStaff manager;
    OutcomeFixtures f;

    @BeforeEach
    void setUp() {
        f = new OutcomeFixtures(jdbc, events, transactions);
        manager = new TestRecords(jdbc).clinician(f.teamId, Role.MANAGER);
        if (jdbc.sql("select count(*) from pathway_outcome where discharged_on between '2093-01-01' and '2093-12-31'")
                        .query(Long.class)
                        .single()
                == 0) {
            year();
        }
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2093, month, day);
    }

    /** Telephone: one of two recovers. Face to face: one of one. Video: one finished, not at caseness at the start. */
    private void year() {
        treated("02", 18, 6, 14, 5, 3);
        treated("02", 18, 16, 14, 13, 3);
        treated("01", 15, 5, 12, 4, 4);
        treated("11", 6, 4, 5, 3, 5);
        f.referral(d(6, 1), 2, null); // no contact yet, and no event: still counted as a referral
    }

    private void treated(String mode, int phqFirst, int phqLast, int gadFirst, int gadLast, int month) {
        var p = f.referral(d(1, 10), 2, "F32");
        f.contact(p, d(2, 1), "01", mode, "5");
        f.scores(p, phqFirst, gadFirst, d(2, 1));
        f.contact(p, d(2, 8), "02", mode, "5");
        f.contact(p, d(2, 15), "02", mode, "3");
        f.contact(p, d(2, 22), "02", mode, "5");
        f.scores(p, phqLast, gadLast, d(2, 22));
        f.discharge(p, d(month, 1));
    }

    private String row(String page, String table, String figure) {
        int start = page.indexOf("data-testid=\"" + table + "\"");
        var matcher = Pattern.compile(
                        "<tr class=\"nhsuk-table__row\" data-figure=\"" + figure + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find(start)).as(figure + " row in " + table).isTrue();
        return matcher.group(1).replaceAll("\\s+", " ");
    }

    private String cell(String row, String group) {
        var matcher = Pattern.compile("<td data-group=\"" + group + "\">(.*?)</td>", Pattern.DOTALL)
                .matcher(row);
        assertThat(matcher.find()).as("cell " + group).isTrue();
        return matcher.group(1)
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    @Test
    void figuresByTreatmentModeBesideTheStandards() throws Exception {
        String page = mvc.perform(get("/reports/outcomes?" + PERIOD + "&groupBy=treatmentMode")
                        .with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String recovery = row(page, "figures-table", "recovery");
        assertThat(recovery).contains("50% or more");
        assertThat(cell(recovery, "all")).startsWith("66.7%").contains("2 of 3");
        assertThat(cell(recovery, "02")).startsWith("50.0%").contains("1 of 2").contains("9.5% to 90.5%");
        assertThat(cell(recovery, "01")).startsWith("100.0%").contains("1 of 1");
        assertThat(cell(recovery, "11")).isEqualTo("no data");
        assertThat(cell(row(page, "figures-table", "referrals"), "all")).isEqualTo("5");
        assertThat(cell(row(page, "figures-table", "finished"), "all")).isEqualTo("4");
        assertThat(cell(row(page, "figures-table", "did-not-attend"), "02"))
                .startsWith("25.0%")
                .contains("2 of 8");
        assertThat(cell(row(page, "figures-table", "first-treatment-6-weeks"), "all"))
                .startsWith("100.0%");

        assertThat(page)
                .contains("role=\"img\"")
                .contains("<title id=\"rates-recovery-title\">Recovery by treatment mode");
        assertThat(page).contains("Telephone: 50.0% (95% interval 9.5% to 90.5%, 1 of 2)");
        assertThat(row(page, "comparisons-table", "recovery"))
                .contains("-50.0 points")
                .contains("-90.5 to +39.1");
        assertThat(page)
                .contains("data-testid=\"case-mix-table\"")
                .contains("Recovery rate by month and treatment mode");
        assertThat(page)
                .contains(
                        "/reports/outcomes.csv?from=2093-01-01&amp;to=2093-12-31&amp;groupBy=treatmentMode&amp;table=figures");
    }

    @Test
    void everyGroupingShowsItsGroups() throws Exception {
        mvc.perform(get("/reports/outcomes?" + PERIOD + "&groupBy=month").with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Service figures by month")))
                .andExpect(content().string(Matchers.containsString("Mar 2093")));
        mvc.perform(get("/reports/outcomes?" + PERIOD + "&groupBy=practitioner").with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                f.practitioner.displayName().replace("Test ", ""))));
        for (String grouping : new String[] {"team", "step", "assessmentMode"}) {
            mvc.perform(get("/reports/outcomes?" + PERIOD + "&groupBy=" + grouping)
                            .with(as(manager)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aWrongDateIsExplainedAndWhatWasTypedKept() throws Exception {
        mvc.perform(get("/reports/outcomes?from=2093-02-30&to=2093-12-31").with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the start of the period as a real date")))
                .andExpect(content().string(Matchers.containsString("value=\"2093-02-30\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-testid=\"figures-table\""))));
    }

    @Test
    void downloadsSuppressSmallNumbers() throws Exception {
        String csv = mvc.perform(get("/reports/outcomes.csv?" + PERIOD + "&groupBy=treatmentMode&table=figures")
                        .with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith(
                        "Treatment mode,Figure,Numerator,Denominator,RatePercent,Lower95,Upper95,NationalStandardPercent\r\n");
        assertThat(csv).contains("All pathways,Referrals received,5,,,,,\r\n");
        assertThat(csv).contains("All pathways,Recovery,*,*,*,*,*,50.0\r\n");
        // 2 of telephone's 8 appointments missed: the 2 is hidden, and so is the rate that would give it back
        assertThat(csv).contains("Telephone,Did not attend,*,8,*,*,*,");
        assertThat(csv).doesNotContain("66.7", "25.0");
        assertNoSmallCount(csv, 2, 3);
        for (String table : new String[] {"modes", "comparisons", "case-mix", "trend"}) {
            String other = mvc.perform(get("/reports/outcomes.csv?" + PERIOD + "&table=" + table)
                            .with(as(manager)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (table.equals("case-mix")) {
                assertNoSmallCount(other, 1, 2);
            }
        }
    }

    /** No count from 1 to 4 in the given columns of any row. */
    private static void assertNoSmallCount(String csv, int... columns) {
        for (String line : csv.lines().skip(1).toList()) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1); // commas outside quotes
            for (int c : columns) {
                assertThat(cells[c]).as(line).matches("\\*|0|[5-9]|\\d{2,}|");
            }
        }
    }

    @Test
    void theJsonSummaryIsTheReportSummary() throws Exception {
        mvc.perform(get("/api/outcomes/summary?" + PERIOD).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressBelow").value(5))
                // 4 ended, 2 recovered of 3 at caseness: every count is small, so hidden, and the rates with them
                .andExpect(jsonPath("$.all.ended").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.all.recovered").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.all.recoveryRate").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.all.suppressed")
                        .value(Matchers.hasItems("ended", "finished", "notCaseness", "recovered", "recoveryRate")))
                .andExpect(
                        jsonPath("$.byTreatmentMode.02.reliableImprovementRate").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.byTreatmentMode.11.firstTreatmentWithin18Weeks")
                        .value(Matchers.nullValue()))
                .andExpect(jsonPath("$.byTreatmentMode.11.reliablyDeteriorated").value(0));
    }

    @Test
    void onlyManagersAndSupervisorsSeeReports() throws Exception {
        mvc.perform(get("/reports/outcomes").with(as(f.practitioner))).andExpect(status().isForbidden());
        mvc.perform(get("/api/outcomes/summary").with(as(f.practitioner))).andExpect(status().isForbidden());
        var supervisor = new TestRecords(jdbc).clinician(f.teamId, Role.SUPERVISOR);
        mvc.perform(get("/reports/outcomes").with(as(supervisor))).andExpect(status().isOk());
    }
}

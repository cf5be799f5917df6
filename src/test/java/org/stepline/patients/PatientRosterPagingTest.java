package org.stepline.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;

/** A team's patients walked page after page by the last id seen: each once, in id order, as the offset pages. */
@SpringBootTest
@AutoConfigureMockMvc
class PatientRosterPagingTest {

    @Autowired
    PatientRoster roster;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesAfterTheLastIdSeenHoldEveryPatientOnceInIdOrder() {
        var records = new TestRecords(jdbc);
        long team = records.team();
        var made = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            made.add(records.patient(team, "Paged" + i, LocalDate.of(1980, 1, 1 + i)));
        }

        var walked = new ArrayList<Long>();
        long after = 0;
        for (var page = roster.inTeamsAfter(List.of(team), null, after, 2);
                !page.isEmpty();
                page = roster.inTeamsAfter(List.of(team), null, after, 2)) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(patient -> walked.add(patient.id()));
            after = page.getLast().id();
        }

        assertThat(walked).containsExactlyElementsOf(made.stream().sorted().toList());
        var byOffset = new ArrayList<Long>();
        for (int offset = 0; offset < 6; offset += 2) {
            roster.inTeams(List.of(team), null, offset, 2).forEach(patient -> byOffset.add(patient.id()));
        }
        assertThat(walked).isEqualTo(byOffset);
    }
}

package org.stepline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.caseload.PageTestSupport;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.shared.ServiceTime;

class AuditPageTests extends PageTestSupport {

    private static final Pattern ROW = Pattern.compile("<tr class=\"nhsuk-table__row\">\\s*<td");

    CurrentStaff admin;
    String actor;
    long patient;

    @BeforeEach
    void entriesByOneMemberOfStaff() {
        admin = fixtures().staff(Role.ADMIN, null);
        actor = CaseloadFixtures.unique("auditor.");
        patient = Math.abs(actor.hashCode()) + 9_000_000_000L;
        entry(LocalDateTime.of(2025, 3, 1, 23, 30), patient, "VIEW", "Viewed the record (first of March, late)");
        entry(LocalDateTime.of(2025, 3, 2, 0, 30), patient, "UPDATE", "Changed the telephone number");
        entry(LocalDateTime.of(2025, 3, 5, 9, 0), null, "VIEW", "Viewed caseload of someone (3 patients)");
        entry(LocalDateTime.of(2025, 3, 9, 12, 0), patient + 1, "DENIED", "Refused access to the patient record");
    }

    /** An entry at a UK wall-clock time. */
    private void entry(LocalDateTime ukTime, Long patientId, String action, String detail) {
        jdbc.sql(
                        "insert into audit_event (occurred_at, actor_username, patient_id, action, detail) values (?, ?, ?, ?, ?)")
                .params(ukTime.atZone(ServiceTime.ZONE).toOffsetDateTime(), actor, patientId, action, detail)
                .update();
    }

    private static int rows(String html) {
        return (int) ROW.matcher(html).results().count();
    }

    @Test
    void newestFirstWithUkTimes() throws Exception {
        String html = page(admin, "/admin/audit?username=" + actor.toUpperCase());
        assertThat(rows(html)).isEqualTo(4);
        assertThat(html.indexOf("Refused access to the patient record"))
                .isLessThan(html.indexOf("Viewed caseload of someone"));
        assertThat(html).contains("1 Mar 2025, 23:30", "2 Mar 2025, 00:30", "Access refused", "Changed");
    }

    @Test
    void filtersByPatientActionAndDates() throws Exception {
        assertThat(rows(page(admin, "/admin/audit?username=" + actor + "&patient=" + patient)))
                .isEqualTo(2);
        assertThat(rows(page(admin, "/admin/audit?patient=" + patient + "&action=UPDATE")))
                .isEqualTo(1);
        assertThat(page(admin, "/admin/audit?username=" + actor + "&from=2025-03-02&to=2025-03-05"))
                .contains("Changed the telephone number", "Viewed caseload of someone")
                .doesNotContain("first of March, late", "Refused access to the patient record");
        assertThat(page(admin, "/admin/audit?username=" + actor + "&to=2025-03-01"))
                .contains("first of March, late")
                .doesNotContain("Changed the telephone number");
        assertThat(page(admin, "/admin/audit?username=nobody.at.all")).contains("No entries match these filters.");
    }

    @Test
    void filtersThatMakeNoSenseAreExplained() throws Exception {
        String html = page(admin, "/admin/audit?patient=abc&from=2025-02-30&to=2025-01-01&username=" + actor);
        assertThat(html)
                .contains(
                        "Patient id must be a number, like 1042",
                        "Enter a real date, like 2025-03-31",
                        "value=\"abc\"",
                        "value=\"" + actor + "\"");
        assertThat(rows(html)).isZero();
        assertThat(page(admin, "/admin/audit?from=2025-03-09&to=2025-03-01"))
                .contains("The 'to' date must be the same as or after the 'from' date");
    }

    @Test
    void fiftyToAPageWithOlderAndNewerLinksThatKeepTheFilters() throws Exception {
        for (int i = 0; i < 51; i++) {
            entry(LocalDateTime.of(2025, 4, 1, 8, 0).plusMinutes(i), null, "ADMIN", "Administrative entry " + i);
        }
        String first = page(admin, "/admin/audit?username=" + actor + "&action=ADMIN");
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first)
                .contains(
                        "Administrative entry 50",
                        "Older entries",
                        "href=\"/admin/audit?username=" + actor + "&amp;action=ADMIN&amp;page=2\"")
                .doesNotContain("Administrative entry 0<", "Newer entries");

        String second = page(admin, "/admin/audit?username=" + actor + "&action=ADMIN&page=2");
        assertThat(rows(second)).isEqualTo(1);
        assertThat(second).contains("Administrative entry 0<", "Newer entries").doesNotContain("Older entries");
    }
}

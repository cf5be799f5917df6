package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.ServiceTime;

/**
 * Issue 14's "moving an appointment" in a real browser (every page opened is checked with axe by {@link BrowserTest}):
 * from the record, the move page, another date and time typed, and the record again with the appointment at its new
 * time and the message saying the patient will be told.
 */
class MoveAppointmentBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Test
    void aPractitionerMovesABookedAppointmentToAnotherTimeFromTheRecord() {
        var records = new TestRecords(jdbc);
        long team = records.team();
        String username = "pwp.move." + TestRecords.next();
        long practitioner =
                enrolment.enrol(username, "Morgan Move", "correct horse battery", Role.PRACTITIONER, team, null);
        long patient = records.patient(team, "Robin", LocalDate.of(1979, 2, 3));
        long referral = records.referral(patient, team, practitioner);
        LocalDate tomorrow = LocalDate.now(ServiceTime.ZONE).plusDays(1);
        records.appointment(
                referral,
                patient,
                team,
                practitioner,
                tomorrow.atTime(10, 0).atZone(ServiceTime.ZONE).toInstant(),
                "02");
        LocalDate later = tomorrow.plusDays(2);

        signIn(username, "correct horse battery");
        open("/patients/" + patient);
        click(By.partialLinkText("Move to another time"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Move an appointment"));
        assertThat(pageText()).contains("Morgan Move");

        click(By.cssSelector("label[for='slot-other']"));
        setValue(By.id("date"), later.toString());
        setValue(By.id("time"), "11:30");
        click(By.xpath("//button[normalize-space()='Move appointment']"));

        wait.until(ExpectedConditions.urlContains("/patients/" + patient));
        assertThat(pageText())
                .contains("Appointment moved from")
                .contains("The patient will be sent a message with the new time");
        var startsAt = jdbc.sql("select starts_at from appointment where referral_id = ?")
                .param(referral)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(ServiceTime.dateOf(startsAt)).isEqualTo(later);
        assertThat(startsAt.atZone(ServiceTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(11, 30));
    }

    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(field), value);
    }
}

package org.stepline.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.TestClinic;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffEnrolment;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.events.ContactRecorded;
import org.stepline.shared.web.DateField;

/** The patient record, referrals, stage changes and discharge, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ReferralDirectory directory;

    private final LocalDate today = ServiceTime.dateOf(Instant.now());
    private CurrentStaff practitioner;
    private long patientId;

    @BeforeEach
    void aPatientOfANewTeam() {
        var clinic = new TestClinic(enrolment, jdbc);
        practitioner = clinic.practitionerIn(clinic.newTeam());
        patientId = clinic.patientIn(practitioner.teamId(), "Sam", "Record-" + TestClinic.unique());
    }

    @Test
    void viewingTheRecordWritesAnAuditEntry() throws Exception {
        mvc.perform(as(practitioner, get("/patients/" + patientId))).andExpect(status().isOk());

        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where patient_id = ? and actor_id = ? and action = 'VIEW' and detail = 'Viewed the patient record'""")
                        .params(patientId, practitioner.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPractitionerOfAnotherTeamIsRefusedEverywhereAndEachRefusalIsAudited() throws Exception {
        long referralId = addReferral(today.minusDays(3));
        var clinic = new TestClinic(enrolment, jdbc);
        var outsider = clinic.practitionerIn(clinic.newTeam());
        MockHttpServletRequestBuilder[] requests = {
            get("/patients/" + patientId),
            get("/patients/" + patientId + "/edit"),
            post("/patients/" + patientId + "/edit").param("givenName", "Changed"),
            get("/patients/" + patientId + "/referrals/new"),
            post("/patients/" + patientId + "/referrals/new").param("source", "A1"),
            get("/referrals/" + referralId + "/discharge"),
            post("/referrals/" + referralId + "/discharge")
                    .param("endCode", "46")
                    .param("dischargeDate", DateField.format(today))
        };
        for (var request : requests) {
            mvc.perform(as(outsider, request)).andExpect(status().isForbidden());
        }

        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and actor_id = ? and action = 'DENIED'")
                        .params(patientId, outsider.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(requests.length);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and actor_id = ? and action <> 'DENIED'")
                        .params(patientId, outsider.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select stage from referral where id = ?")
                        .param(referralId)
                        .query(String.class)
                        .single())
                .isEqualTo("AWAITING_ASSESSMENT");
    }

    @Test
    void aReferralStartsAwaitingAssessmentFromTheDayItWasReceived() throws Exception {
        LocalDate received = today.minusDays(10);
        long referralId = addReferral(received);

        var row = jdbc.sql(
                        "select pathway_id, stage, stage_entered_on, practitioner_id, step from referral where id = ?")
                .param(referralId)
                .query()
                .singleRow();
        assertThat((String) row.get("pathway_id")).matches("SL\\d{6,}");
        assertThat(row.get("stage")).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(row.get("stage_entered_on").toString()).isEqualTo(received.toString());
        assertThat(row.get("practitioner_id")).isEqualTo(practitioner.id());
        assertThat(stageChanges(referralId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ? and action = 'CREATE'")
                        .param(patientId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String record = recordPage();
        assertThat(record)
                .contains(
                        (String) row.get("pathway_id"),
                        "GP",
                        "Depressive episode",
                        "Awaiting assessment",
                        practitioner.displayName(),
                        "href=\"/referrals/" + referralId + "/appointments/new\"",
                        "href=\"/referrals/" + referralId + "/discharge\"",
                        "href=\"/patients/" + patientId + "/referrals/new\"");
    }

    @Test
    void aReferralFormWithMistakesSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(as(
                        practitioner,
                        post("/patients/" + patientId + "/referrals/new")
                                .param("source", "")
                                .param("receivedDate", DateField.format(today.plusDays(1)))
                                .param("presentingProblem", "F41.1")
                                .param("step", "4")
                                .param("practitioner", "-1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Choose where the referral came from",
                        "cannot be in the future",
                        "Choose step 2 or step 3",
                        "Choose a practitioner of the patient's team")
                .containsPattern("value=\"F41.1\"\\s+selected");
        assertThat(jdbc.sql("select count(*) from referral where patient_id = ?")
                        .param(patientId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRecordedContactMovesTheReferralOnFromTheDayOfTheContact() {
        long referralId = addReferral(today.minusDays(20));
        LocalDate assessed = today.minusDays(5);

        record(referralId, AppointmentType.ASSESSMENT, Attendance.DID_NOT_ATTEND, assessed.minusDays(2));
        assertThat(stageOf(referralId)).isEqualTo("AWAITING_ASSESSMENT");

        record(referralId, AppointmentType.ASSESSMENT, Attendance.ATTENDED, assessed);
        assertThat(stageOf(referralId)).isEqualTo("AWAITING_TREATMENT");
        assertThat(jdbc.sql("select stage_entered_on from referral where id = ?")
                        .param(referralId)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(assessed);

        record(referralId, AppointmentType.TREATMENT, Attendance.LATE_SEEN, today);
        assertThat(stageOf(referralId)).isEqualTo("IN_TREATMENT");
        assertThat(jdbc.sql("select stage from referral_stage_change where referral_id = ? order by id")
                        .param(referralId)
                        .query(String.class)
                        .list())
                .containsExactly("AWAITING_ASSESSMENT", "AWAITING_TREATMENT", "IN_TREATMENT");
    }

    @Test
    void dischargeChecksItsDatesThenEndsTheReferralOnce() throws Exception {
        LocalDate received = today.minusDays(30);
        long referralId = addReferral(received);
        String form = mvc.perform(as(practitioner, get("/referrals/" + referralId + "/discharge")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Why is the referral ending?", "value=\"" + DateField.format(today) + "\"");

        String refused = discharge(referralId, "", "31/2/2025");
        assertThat(refused).contains("Choose why the referral is ending", "Discharge date must be a real date");
        refused = discharge(referralId, "46", DateField.format(received.minusDays(1)));
        assertThat(refused).contains("cannot be before the referral was received", "value=\"46\" selected");
        refused = discharge(referralId, "46", DateField.format(today.plusDays(1)));
        assertThat(refused).contains("The discharge date cannot be in the future");
        assertThat(stageOf(referralId)).isEqualTo("AWAITING_ASSESSMENT");

        mvc.perform(as(
                        practitioner,
                        post("/referrals/" + referralId + "/discharge")
                                .param("endCode", "46")
                                .param("dischargeDate", DateField.format(today))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/patients/" + patientId));
        var row = jdbc.sql("select stage, discharge_date, end_code from referral where id = ?")
                .param(referralId)
                .query()
                .singleRow();
        assertThat(row.get("stage")).isEqualTo("DISCHARGED");
        assertThat(row.get("discharge_date").toString()).isEqualTo(today.toString());
        assertThat(row.get("end_code")).isEqualTo("46");
        assertThat(stageChanges(referralId)).isEqualTo(2);
        assertThat(jdbc.sql("select detail from audit_event where patient_id = ? and action = 'UPDATE'")
                        .param(patientId)
                        .query(String.class)
                        .single())
                .startsWith("Discharged referral SL");
        assertThat(recordPage())
                .contains("Mutually agreed completion of treatment")
                // no way to discharge again; the discharge letter's own page (…/discharge-letter) may be linked
                .doesNotContain("/referrals/" + referralId + "/discharge\"");

        assertThat(discharge(referralId, "12", DateField.format(today)))
                .contains("already discharged on " + ServiceTime.date(today), "cannot be discharged again");
        assertThat(mvc.perform(as(practitioner, get("/referrals/" + referralId + "/discharge")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("It cannot be discharged again");
        assertThat(stageChanges(referralId)).isEqualTo(2);
    }

    @Test
    void theTimelineShowsEveryContactNewestFirstAndAsksForMissingOutcomes() throws Exception {
        long referralId = addReferral(today.minusDays(30));
        long booked = appointment(referralId, today.plusDays(2), ConsultationMechanism.VIDEO, "0", null, null);
        long phoned = appointment(referralId, today.minusDays(7), ConsultationMechanism.TELEPHONE, "5", true, true);
        jdbc.sql(
                        "insert into call_attempt (appointment_id, attempted_at, outcome) values (?, now(), 'NO_ANSWER'), (?, now(), 'ANSWERED')")
                .params(phoned, phoned)
                .update();

        String record = recordPage();
        String timeline = record.substring(record.indexOf("data-testid=\"contacts\""));
        assertThat(timeline)
                .contains(
                        "href=\"/appointments/" + booked + "/record\"",
                        "Booked",
                        "stepline-mode--video",
                        "stepline-mode--phone",
                        "Attended",
                        "30 min",
                        "✓ Identity confirmed",
                        "✓ Private and safe",
                        practitioner.displayName())
                .doesNotContain("/appointments/" + phoned + "/record");
        assertThat(timeline.indexOf("stepline-mode--video")).isLessThan(timeline.indexOf("stepline-mode--phone"));
        assertThat(timeline).containsPattern("<td class=\"nhsuk-table__cell\">2</td>");
    }

    @Test
    void theDirectoryListsWaitingReferralsOfTheTeamLongestWaitingFirst() {
        long later = addReferral(today.minusDays(2));
        long earlier = addReferral(today.minusDays(50));
        record(later, AppointmentType.TREATMENT, Attendance.ATTENDED, today);

        assertThat(directory.waitingInTeam(practitioner.teamId()))
                .extracting(ReferralSummary::id)
                .containsExactly(earlier);
        assertThat(directory.openForPractitioner(practitioner.id()))
                .extracting(ReferralSummary::id)
                .containsExactlyInAnyOrder(earlier, later);
        assertThat(directory.forPatient(patientId))
                .extracting(ReferralSummary::id)
                .containsExactly(later, earlier);
    }

    private long addReferral(LocalDate received) {
        try {
            mvc.perform(as(
                            practitioner,
                            post("/patients/" + patientId + "/referrals/new")
                                    .param("source", "A1")
                                    .param("receivedDate", DateField.format(received))
                                    .param("presentingProblem", "F32")
                                    .param("step", "2")
                                    .param("practitioner", String.valueOf(practitioner.id()))))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/patients/" + patientId));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jdbc.sql("select max(id) from referral where patient_id = ?")
                .param(patientId)
                .query(Long.class)
                .single();
    }

    /** What the scheduling module does when an outcome is recorded: publish the event inside its transaction. */
    private void record(long referralId, AppointmentType type, Attendance attendance, LocalDate on) {
        transaction.executeWithoutResult(status -> events.publishEvent(
                new ContactRecorded(0, referralId, patientId, type, ConsultationMechanism.TELEPHONE, attendance, on)));
    }

    private long appointment(
            long referralId,
            LocalDate on,
            ConsultationMechanism mode,
            String attendance,
            Boolean identity,
            Boolean safe) {
        return jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                    cons_mechanism, attendance, duration_minutes, identity_confirmed, private_and_safe)
                values (?, ?, ?, ?, ?, '02', ?, ?, ?, ?, ?) returning id""")
                .params(
                        referralId,
                        patientId,
                        practitioner.teamId(),
                        practitioner.id(),
                        OffsetDateTime.of(on.atTime(10, 0), ZoneOffset.UTC),
                        mode.code(),
                        attendance,
                        "0".equals(attendance) ? null : 30,
                        identity,
                        safe)
                .query(Long.class)
                .single();
    }

    private String discharge(long referralId, String endCode, String date) throws Exception {
        return mvc.perform(as(
                        practitioner,
                        post("/referrals/" + referralId + "/discharge")
                                .param("endCode", endCode)
                                .param("dischargeDate", date)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String recordPage() throws Exception {
        return mvc.perform(as(practitioner, get("/patients/" + patientId)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String stageOf(long referralId) {
        return jdbc.sql("select stage from referral where id = ?")
                .param(referralId)
                .query(String.class)
                .single();
    }

    private long stageChanges(long referralId) {
        return jdbc.sql("select count(*) from referral_stage_change where referral_id = ?")
                .param(referralId)
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder as(CurrentStaff staff, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(StaffPrincipal.of(staff)));
    }
}

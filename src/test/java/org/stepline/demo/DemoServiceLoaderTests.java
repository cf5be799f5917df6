package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.referrals.ReferralDirectory;

/** Loads the default demo service into the shared test database (once: that is the point). */
@SpringBootTest(properties = "STEPLINE_DEMO_PASSWORD=demo-test-password")
@AutoConfigureMockMvc
class DemoServiceLoaderTests {

    @Autowired
    DemoServiceLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferralDirectory referrals;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void loadTheDemoService() {
        loader.loadIfAbsent();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long practitionerId() {
        return jdbc.sql("select id from staff_user where username = 'practitioner'")
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoHasTwoPastSurveyRoundsTrainingAndCallSettingsToShow() {
        assertThat(count("select count(*) from survey_round where title like 'Telephone work survey, %' and sealed"))
                .isEqualTo(2);
        assertThat(count("""
                select min(n) from (select count(*) as n from survey_response r join survey_round s on s.id = r.round_id
                where s.title like 'Telephone work survey, %' group by s.id) per_round""")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(distinct staff_id) from telephone_training"))
                .isPositive();
        assertThat(count("select count(*) from telephone_champion")).isPositive();
        assertThat(count("""
                select count(*) from appointment a join referral r on r.id = a.referral_id
                where r.pathway_id like 'DEMO%' and a.call_setting is not null""")).isGreaterThan(100);
    }

    @Test
    void loadingAgainLeavesOneCopy() {
        long contacts = count(
                "select count(*) from appointment a join referral r on r.id = a.referral_id where r.pathway_id like 'DEMO%'");

        assertThat(loader.loadIfAbsent()).isFalse();
        assertThat(loader.loadIfAbsent()).isFalse();

        assertThat(count("select count(*) from demo_service")).isEqualTo(1);
        assertThat(count("select count(*) from referral where pathway_id like 'DEMO%'"))
                .isEqualTo(2000);
        assertThat(count("select count(*) from staff_user where username in ('practitioner', 'supervisor', 'manager')"))
                .isEqualTo(3);
        assertThat(
                        count(
                                "select count(*) from appointment a join referral r on r.id = a.referral_id where r.pathway_id like 'DEMO%'"))
                .isEqualTo(contacts)
                .isGreaterThan(10_000);
    }

    @Test
    void thePractitionerHasARealisticCaseloadAndBookedAppointmentsAhead() {
        var caseload = referrals.openForPractitioner(practitionerId());
        assertThat(caseload).hasSizeBetween(40, 60);
        long booked = jdbc.sql(
                        "select count(*) from appointment where practitioner_id = ? and attendance = '0' and starts_at < ?")
                .params(practitionerId(), java.sql.Timestamp.from(Instant.now().plus(5, ChronoUnit.DAYS)))
                .query(Long.class)
                .single();
        assertThat(booked).isPositive();
    }

    @Test
    void patientsWithAnEmailAddressHaveRemindersQueuedForAppointmentsInTheNext48Hours() {
        long reminders = count("""
                select count(*) from outbound_message m join appointment a on a.id = m.appointment_id
                join patient p on p.id = m.patient_id
                where p.nhs_number like '9990%' and m.kind = 'APPOINTMENT_REMINDER' and m.channel = 'EMAIL'
                  and a.starts_at < now() + interval '48 hours'""");
        assertThat(reminders).isGreaterThanOrEqualTo(DemoReminders.EXTRA.size() + DemoReminders.TOMORROW.size());
        long soon = count("""
                select count(*) from appointment a join patient p on p.id = a.patient_id
                where p.nhs_number like '9990%' and p.email is not null and a.attendance = '0'
                  and a.starts_at > now() and a.starts_at < now() + interval '48 hours'""");
        assertThat(soon).isGreaterThanOrEqualTo(DemoReminders.EXTRA.size() + DemoReminders.TOMORROW.size());
    }

    @Test
    void writtenRowsAgreeWithEachOther() {
        assertThat(count("""
                select count(*) from appointment a join referral r on r.id = a.referral_id
                where r.pathway_id like 'DEMO%' and (a.team_id <> r.team_id or a.patient_id <> r.patient_id)""")).isZero();
        assertThat(count("""
                select count(*) from referral r where r.pathway_id like 'DEMO%' and r.stage_entered_on <>
                (select max(c.entered_on) from referral_stage_change c where c.referral_id = r.id)""")).isZero();
        assertThat(count("""
                select count(*) from call_attempt c join appointment a on a.id = c.appointment_id
                join referral r on r.id = a.referral_id where r.pathway_id like 'DEMO%' and a.cons_mechanism <> '02'""")).isZero();
    }

    @Test
    void scoreHistoriesAndOpenRiskAlertsAreThereForThePractitioner() {
        long scores = count("select count(*) from measure_administration a join referral r on r.id = a.referral_id "
                + "where r.practitioner_id = " + practitionerId() + " and a.instrument = 'PHQ9'");
        assertThat(scores).isGreaterThan(100);
        long open = count("select count(*) from risk_alert a join referral r on r.id = a.referral_id "
                + "where r.practitioner_id = " + practitionerId() + " and a.acknowledged_at is null");
        assertThat(open).isBetween(1L, 4L);
        assertThat(count("select count(*) from measure_administration where route = 'BEFORE_SESSION'"))
                .isPositive();
        assertThat(
                        count(
                                "select count(*) from appointment a join referral r on r.id = a.referral_id "
                                        + "where r.pathway_id like 'DEMO%' and (a.booked_mechanism is null or a.planned_minutes is null)"))
                .isZero();
    }

    @Test
    void laterRowsGetIdsPastTheDemoService() {
        for (String table : new String[] {"patient", "referral", "appointment", "measure_administration"}) {
            long last = jdbc.sql("select last_value from " + table + "_id_seq")
                    .query(Long.class)
                    .single();
            assertThat(last).as(table).isGreaterThanOrEqualTo(count("select max(id) from " + table));
        }
    }

    @Test
    void demoAccountsSignInWithThePasswordFromTheEnvironment() throws Exception {
        mvc.perform(formLogin("/login").user("practitioner").password("demo-test-password"))
                .andExpect(authenticated().withUsername("practitioner"));
    }
}

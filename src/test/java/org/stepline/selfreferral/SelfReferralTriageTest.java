package org.stepline.selfreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepline.TestRecords;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.measures.RiskAlerts;
import org.stepline.scheduling.internal.ChoiceReport;
import org.stepline.selfreferral.internal.SelfReferrals;
import org.stepline.selfreferral.internal.SettingsStore;
import org.stepline.selfreferral.internal.Triage;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/** Self-referrals sent, then triaged by the team, against the real database. */
@SpringBootTest
class SelfReferralTriageTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    @Autowired
    SelfReferrals selfReferrals;

    @Autowired
    Triage triage;

    @Autowired
    RiskAlerts alerts;

    @Autowired
    ChoiceReport choices;

    @Autowired
    org.stepline.measures.internal.RiskAcknowledgements acknowledgements;

    TestRecords records;
    long team;
    CurrentStaff practitioner;
    SelfReferralFixture fixture;

    @BeforeEach
    void setUp() {
        records = new TestRecords(jdbc);
        team = records.team();
        practitioner = records.clinician(team, Role.PRACTITIONER);
        fixture = new SelfReferralFixture(settings, team);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long send(String given, boolean harm, int phq9Item9) {
        return send(given, "Tester", LocalDate.of(1990, 1, 1), "", harm, phq9Item9, "02");
    }

    private long send(
            String given, String family, LocalDate born, String nhs, boolean harm, int phq9Item9, String mode) {
        var outcome = selfReferrals.send(fixture.answers(given, family, born, nhs, harm, phq9Item9, mode));
        assertThat(outcome).isInstanceOf(SelfReferrals.Sent.class);
        return ((SelfReferrals.Sent) outcome).id();
    }

    private void backdate(long id, int minutes) {
        jdbc.sql("update self_referral set submitted_at = now() - make_interval(mins => ?) where id = ?")
                .params(minutes, id)
                .update();
    }

    @Test
    void urgentReferralsComeFirstThenTheLongestWaiting() {
        long oldCalm = send("Olive", false, 0);
        long urgentNew = send("Uma", true, 0);
        long newCalm = send("Nina", false, 0);
        long urgentByPhq9 = send("Pat", false, 2);
        backdate(oldCalm, 90);
        backdate(urgentNew, 10);
        backdate(newCalm, 5);
        backdate(urgentByPhq9, 30);

        SelfReferralFixture.signInAs(practitioner);
        var order = triage.awaiting().stream().map(v -> v.referral().id()).toList();

        assertThat(order).containsExactly(urgentByPhq9, urgentNew, oldCalm, newCalm);
    }

    @Test
    void anUrgentSelfReferralRaisesARiskAlertOnTheTeamsPageAtOnce() {
        long id = send("Rae", true, 1);

        var open = alerts.openInTeam(team);
        assertThat(open)
                .filteredOn(a -> id == a.selfReferralId())
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.awaitingTriage()).isTrue())
                .extracting(a -> a.reason())
                .anyMatch(r -> r.contains("harming themselves"))
                .anyMatch(r -> r.contains("9"));
    }

    @Test
    void aClinicianOfTheTeamAcknowledgesTheAlertBeforeTriageAndNoOneElseCan() {
        long id = send("Ash", true, 0);
        long alert = alerts.openInTeam(team).stream()
                .filter(a -> Long.valueOf(id).equals(a.selfReferralId()))
                .findFirst()
                .orElseThrow()
                .id();

        SelfReferralFixture.signInAs(records.clinician(records.team(), Role.PRACTITIONER));
        assertThatThrownBy(() -> acknowledgements.acknowledge(alert, "Not mine", 1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SelfReferralFixture.signInAs(practitioner);
        assertThat(triage.open(id).openAlerts()).extracting(a -> a.id()).containsExactly(alert);
        var result = acknowledgements.acknowledge(alert, "Called them: safe, seen tomorrow", practitioner.id());

        assertThat(result)
                .isEqualTo(org.stepline.shared.web.FormResult.saved("Risk alert acknowledged.", "/risk-alerts"));
        assertThat(alerts.openInTeam(team)).noneMatch(a -> a.id() == alert);
        assertThat(triage.open(id).openAlerts()).isEmpty();
    }

    @Test
    void someoneAlreadyKnownByNameAndBirthDateIsJoinedNotDuplicated() {
        var born = LocalDate.of(1985, 3, 27);
        long existing = records.patient(team, "Jo" + TestRecords.next(), born);
        String given = jdbc.sql("select given_name from patient where id = ?")
                .param(existing)
                .query(String.class)
                .single();
        long id = send(given.toUpperCase(), "tester ", born, "", true, 0, "11");

        SelfReferralFixture.signInAs(practitioner);
        var view = triage.open(id);
        assertThat(view.known()).singleElement().satisfies(k -> {
            assertThat(k.patient().id()).isEqualTo(existing);
            assertThat(k.sameTeam()).isTrue();
            assertThat(k.sameNhsNumber()).isFalse();
        });
        long patient = triage.accept(id, new Triage.Acceptance(existing, null, 3, practitioner.id()));

        assertThat(patient).isEqualTo(existing);
        assertThat(jdbc.sql("select count(*) from patient where date_of_birth = ? and given_name = ?")
                        .params(born, given)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var referral = jdbc.sql("""
                select source_code, step, practitioner_id, stage, received_date from referral
                where patient_id = ? and source_code = 'B1'""")
                .param(existing)
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .single();
        assertThat(referral).containsExactly("B1", 3, practitioner.id(), "AWAITING_ASSESSMENT", selfReferrals.today());
        assertThat(jdbc.sql("select preferred_mode, mode_choice_offered from patient where id = ?")
                        .param(existing)
                        .query((rs, n) -> rs.getString(1) + rs.getBoolean(2))
                        .single())
                .isEqualTo("11true");
        assertThat(jdbc.sql(
                                "select string_agg(instrument || '=' || coalesce(total_score::text, '-'), ',' order by instrument) "
                                        + "from measure_administration where patient_id = ? and route = 'AT_REFERRAL'")
                        .param(existing)
                        .query(String.class)
                        .single())
                .isEqualTo("GAD7=14,PHOBIA=-,PHQ9=8,WSAS=15");
        assertThat(alerts.forPatient(existing))
                .as("the alert raised at referral, now on the record; no second one")
                .singleElement()
                .satisfies(a -> assertThat(a.selfReferralId()).isEqualTo(id));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and detail like 'Accepted self-referral%'")
                        .param(existing)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void someoneWithTheSameNhsNumberIsShownAndCannotBeRegisteredTwice() {
        long existing = records.patient(team, "Sam", LocalDate.of(1970, 5, 5));
        String nhs = jdbc.sql("select nhs_number from patient where id = ?")
                .param(existing)
                .query(String.class)
                .single();
        long id = send("Samuel", "Other", LocalDate.of(1971, 6, 6), nhs, false, 0, "02");

        SelfReferralFixture.signInAs(practitioner);
        assertThat(triage.open(id).known())
                .singleElement()
                .satisfies(k -> assertThat(k.sameNhsNumber()).isTrue());
        assertThatThrownBy(() -> triage.accept(id, new Triage.Acceptance(null, null, 2, null)))
                .isInstanceOf(Triage.TriageRefused.class)
                .hasMessageContaining("already registered");
        assertThat(jdbc.sql("select status from self_referral where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("nothing half-saved")
                .isEqualTo("NEW");
    }

    @Test
    void aNewPersonsChoiceOfModeIsRecordedAndCountedInTheChoiceReport() {
        long id = send("Vic", "Video" + TestRecords.next(), LocalDate.of(1995, 2, 2), "", false, 0, "11");
        long spam = send("Bot", false, 0);

        SelfReferralFixture.signInAs(practitioner);
        long patient = triage.accept(id, new Triage.Acceptance(null, new NhsNumber(TestRecords.nhsNumber()), 2, null));
        triage.notGenuine(spam, "Test text, not a person");
        assertThatThrownBy(() -> triage.notGenuine(spam, "again")).isInstanceOf(Triage.TriageRefused.class);

        assertThat(jdbc.sql("select preferred_mode || mode_choice_offered from patient where id = ?")
                        .param(patient)
                        .query(String.class)
                        .single())
                .isEqualTo("11true");
        assertThat(jdbc.sql("select array_to_string(modes_offered, ',') from self_referral where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("02,11,01");

        SelfReferralFixture.signInAs(records.clinician(team, Role.SUPERVISOR));
        var figures = choices.figures(selfReferrals.today(), selfReferrals.today());
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.bookings())
                    .as("the accepted one; the one not genuine is left out")
                    .isEqualTo(1);
            assertThat(f.choiceOffered()).isEqualTo(1);
            assertThat(f.chosen(ConsultationMechanism.VIDEO)).isEqualTo(1);
        });
    }

    @Test
    void selfReferralChoicesAddToTheTeamsBookingChoicesInTheChoiceReportLikeAnyOtherRoute() {
        long patient = records.patient(team, "Booked", LocalDate.of(1980, 1, 1));
        long referral = records.referral(patient, team, practitioner.id());
        // booked today by a practitioner: face to face or telephone offered, telephone chosen, as the patient preferred
        jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                                         cons_mechanism, booked_mechanism, planned_minutes, attendance, modes_offered,
                                         preferred_mechanism)
                values (?, ?, ?, ?, now(), '02', '02', '02', 50, '0', '{01,02}', '02')""").params(referral, patient, team, practitioner.id()).update();
        send("Fay", "Face" + TestRecords.next(), LocalDate.of(1991, 3, 3), "", false, 0, "01");
        send("Vic", "Video" + TestRecords.next(), LocalDate.of(1992, 4, 4), "", false, 0, "11");

        SelfReferralFixture.signInAs(records.clinician(team, Role.SUPERVISOR));
        var figures = choices.figures(selfReferrals.today(), selfReferrals.today());
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.bookings()).as("one booking and two self-referrals").isEqualTo(3);
            assertThat(f.notRecorded()).isZero();
            assertThat(f.choiceOffered()).isEqualTo(3);
            assertThat(f.chosen(ConsultationMechanism.TELEPHONE)).isEqualTo(1);
            assertThat(f.chosen(ConsultationMechanism.FACE_TO_FACE)).isEqualTo(1);
            assertThat(f.chosen(ConsultationMechanism.VIDEO)).isEqualTo(1);
            assertThat(f.withPreference())
                    .as("no preference was stated before a self-referral's choice")
                    .isEqualTo(1);
            assertThat(f.matched()).isEqualTo(1);
        });
    }

    @Test
    void anotherTeamCannotSeeOrTriageIt() {
        long id = send("Kit", false, 0);
        SelfReferralFixture.signInAs(records.clinician(records.team(), Role.PRACTITIONER));

        assertThatThrownBy(() -> triage.open(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(triage.awaiting()).noneMatch(v -> v.referral().id() == id);
    }
}

package org.stepline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.stepline.TestRecords.as;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.DateField;

/**
 * A pathway built the way a practitioner builds one: appointments written to the table, then every contact, score
 * and the discharge entered through the pages, so that every module's listeners run as in real use.
 */
public final class TreatedPathways {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final TestRecords records;

    public TreatedPathways(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.records = new TestRecords(jdbc);
    }

    /** A team with a practitioner, and a patient (with a GP practice) referred at step 2 with a presenting problem. */
    public record Pathway(long teamId, CurrentStaff practitioner, long patientId, long referralId) {}

    public Pathway newPathway(String givenName, String problem) {
        long team = records.team();
        var practitioner = records.clinician(team, Role.PRACTITIONER);
        long patient = records.patient(team, givenName, LocalDate.of(1979, 6, 2));
        jdbc.sql("update patient set gp_practice_code = 'Y01234', gp_practice_name = 'Riverside Surgery' where id = ?")
                .param(patient)
                .update();
        long referral = jdbc.sql("""
                insert into referral (pathway_id, patient_id, team_id, source_code, received_date, presenting_problem, step,
                    practitioner_id, stage, stage_entered_on)
                values (?, ?, ?, 'A1', current_date - 60, ?, 2, ?, 'AWAITING_ASSESSMENT', current_date - 60) returning id""")
                .params("PW-" + TestRecords.next() + "-" + System.nanoTime(), patient, team, problem, practitioner.id())
                .query(Long.class)
                .single();
        return new Pathway(team, practitioner, patient, referral);
    }

    /** An appointment at 10:00 on a day {@code daysAgo} before today; type and mode are national codes. */
    public long appointment(Pathway p, int daysAgo, String type, String mode) {
        var startsAt = LocalDate.now(ServiceTime.ZONE)
                .minusDays(daysAgo)
                .atTime(LocalTime.of(10, 0))
                .atZone(ServiceTime.ZONE)
                .toOffsetDateTime();
        return jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                    cons_mechanism, planned_minutes) values (?, ?, ?, ?, ?, ?, ?, 40) returning id""")
                .params(
                        p.referralId(),
                        p.patientId(),
                        p.teamId(),
                        p.practitioner().id(),
                        startsAt,
                        type,
                        mode)
                .query(Long.class)
                .single();
    }

    /** Enters a questionnaire in session with the given answers, item 1 first. */
    public void score(Pathway p, long appointment, String instrument, int... answers) throws Exception {
        var entry = post("/appointments/" + appointment + "/measures/" + instrument)
                .with(csrf())
                .with(as(p.practitioner()));
        for (int i = 0; i < answers.length; i++) {
            entry.param(instrument + "." + (i + 1), String.valueOf(answers[i]));
        }
        mvc.perform(entry).andExpect(redirectedUrl("/patients/" + p.patientId()));
    }

    /** Records the contact as attended in its booked mode; a telephone contact with the checks a call needs. */
    public void attended(Pathway p, long appointment, String mode) throws Exception {
        var form = post("/appointments/" + appointment + "/record")
                .with(csrf())
                .with(as(p.practitioner()))
                .param("attendance", "5")
                .param("mode", mode)
                .param("duration", "40");
        if ("02".equals(mode)) {
            form.param("attempts[0].time", "10:00")
                    .param("attempts[0].outcome", "ANSWERED")
                    .param("identityConfirmed", "true")
                    .param("privateAndSafe", "true")
                    .param("patientLocation", "Home");
        }
        mvc.perform(form).andExpect(redirectedUrl("/patients/" + p.patientId()));
    }

    public void discharge(Pathway p, String endCode) throws Exception {
        mvc.perform(post("/referrals/" + p.referralId() + "/discharge")
                        .with(csrf())
                        .with(as(p.practitioner()))
                        .param("endCode", endCode)
                        .param("dischargeDate", DateField.format(LocalDate.now(ServiceTime.ZONE))))
                .andExpect(redirectedUrl("/patients/" + p.patientId()));
    }

    /** PHQ-9 answers adding up to {@code total} (at most 27), item 9 always 0 so that no risk alert is raised. */
    public static int[] phq9(int total) {
        return spread(total, 9, 8);
    }

    /** GAD-7 answers adding up to {@code total} (at most 21). */
    public static int[] gad7(int total) {
        return spread(total, 7, 7);
    }

    private static int[] spread(int total, int items, int usable) {
        int[] answers = new int[items];
        for (int i = 0; total > 0; i = (i + 1) % usable) {
            answers[i]++;
            total--;
        }
        return answers;
    }
}

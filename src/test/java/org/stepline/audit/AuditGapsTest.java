package org.stepline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepline.SteplineApplication;
import org.stepline.caseload.PageTestSupport;
import org.stepline.cli.CommandLine;
import org.stepline.datasets.SyntheticExtracts;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/**
 * The gaps closed in the audit trail, against the whole application: list pages name the patients they showed,
 * and "who has seen this patient's details" finds them (the administrators' page and the command), and nobody
 * else; a contact's questionnaires, a link issued, a CSV download and an administrator reading the trail are on it.
 */
class AuditGapsTest extends PageTestSupport {

    CurrentStaff practitioner;
    CurrentStaff supervisor;
    CurrentStaff admin;
    long seen;
    long waiting;
    long neverListed;
    long appointment;

    @BeforeEach
    void aTeamWithPatients() {
        long team = fixtures().team("Audit gaps");
        practitioner = fixtures().staff(Role.PRACTITIONER, team);
        supervisor = fixtures().staff(Role.SUPERVISOR, team);
        admin = fixtures().staff(Role.ADMIN, null);
        String family = "Gapfinder" + Math.abs(System.nanoTime() % 1_000_000);
        seen = fixtures().patient(team, "Sam", family);
        waiting = fixtures().patient(team, "Wren", "Waiting" + family);
        neverListed = fixtures().patient(fixtures().team("Elsewhere"), "Nia", "Elsewhere" + family);
        LocalDate today = LocalDate.now();
        long referral = fixtures()
                .referral(
                        seen,
                        team,
                        practitioner.id(),
                        ReferralStage.IN_TREATMENT,
                        today.minusDays(30),
                        today.minusDays(20));
        fixtures()
                .referral(
                        waiting,
                        team,
                        practitioner.id(),
                        ReferralStage.AWAITING_ASSESSMENT,
                        today.minusDays(3),
                        today.minusDays(3));
        appointment = fixtures()
                .appointment(
                        referral,
                        practitioner.id(),
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        ConsultationMechanism.TELEPHONE,
                        Attendance.ATTENDED);
    }

    @Test
    void listPagesNameThePatientsTheyShowedAndWhoSawFindsThem() throws Exception {
        page(practitioner, "/caseload");
        page(practitioner, "/waiting-list");
        page(practitioner, "/patients?q=" + nameOf(seen));
        page(supervisor, "/supervision/" + practitioner.id());
        page(practitioner, "/patients/" + seen);

        assertThat(shownIn(seen))
                .anyMatch(d -> d.startsWith("Viewed caseload of"))
                .anyMatch(d -> d.startsWith("Searched patients ("))
                .anyMatch(d -> d.startsWith("Viewed supervision of"));
        assertThat(shownIn(waiting)).anyMatch(d -> d.startsWith("Viewed the waiting list of"));
        assertThat(shownIn(neverListed)).isEmpty();

        String answer = page(admin, "/admin/audit/patient?nhsNumber=" + nhsNumberOf(seen));
        assertThat(answer)
                .contains(
                        "data-testid=\"who-saw\"",
                        practitioner.username(),
                        supervisor.username(),
                        "Viewed caseload of",
                        "Searched patients",
                        "shown in a list");
        assertThat(answer.indexOf("Viewed caseload of"))
                .as("oldest first")
                .isLessThan(answer.indexOf("Searched patients"));
        assertThat(page(admin, "/admin/audit/patient?nhsNumber=" + nhsNumberOf(neverListed)))
                .contains("Nobody has seen this patient's details yet.")
                .doesNotContain(practitioner.username());
        assertThat(page(admin, "/admin/audit/patient/" + waiting)).contains("Viewed the waiting list of");
        assertThat(details(seen, "ADMIN")).anyMatch(d -> d.startsWith("Looked up who has seen the patient's details"));
    }

    @Test
    void aWrongNhsNumberIsExplainedNextToTheField() throws Exception {
        assertThat(page(admin, "/admin/audit/patient?nhsNumber=12345"))
                .contains("There is a problem", "id=\"nhsNumber-error\"", "value=\"12345\"");
    }

    @Test
    void theCommandAnswersWhoSawAndIsAuditedWithTheOsUser() throws Exception {
        page(practitioner, "/caseload");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = CommandLine.run(
                SteplineApplication.class,
                new String[] {"audit", "who-saw", "--nhs-number", nhsNumberOf(seen)},
                new PrintStream(out, true),
                new PrintStream(err, true));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(nameOf(seen), "Viewed caseload of", practitioner.username(), "(shown in a list)");
        assertThat(jdbc.sql("select actor_username from audit_event where patient_id = ? and action = 'ADMIN'")
                        .param(seen)
                        .query(String.class)
                        .list())
                .contains("command line (OS user " + System.getProperty("user.name") + ")");
    }

    @Test
    void aContactsQuestionnairesALinkIssuedADownloadAndReadingTheTrailAreAudited() throws Exception {
        page(practitioner, "/appointments/" + appointment + "/measures");
        assertThat(details(seen, "VIEW")).anyMatch(d -> d.startsWith("Opened the questionnaires of the contact of"));

        mvc.perform(post("/appointments/" + appointment + "/questionnaire-requests")
                .param("instrument", "PHQ9")
                .with(csrf())
                .with(user(StaffPrincipal.of(practitioner))));
        long request = jdbc.sql("select id from questionnaire_request where patient_id = ? order by id desc limit 1")
                .param(seen)
                .query(Long.class)
                .single();
        mvc.perform(post("/questionnaire-requests/" + request + "/issue")
                .with(csrf())
                .with(user(StaffPrincipal.of(practitioner))));
        assertThat(details(seen, "CREATE")).anyMatch(d -> d.startsWith("Issued questionnaire link " + request));

        var manager = fixtures().staff(Role.MANAGER, null);
        page(manager, "/reports/choice.csv?from=2019-03-01&to=2019-03-31");
        page(manager, "/reports/outcomes.csv?table=figures");
        assertThat(byActor(manager, "EXPORT"))
                .anyMatch(d -> d.startsWith("Downloaded choice of mode by team"))
                .anyMatch(d -> d.startsWith("Downloaded outcome figures"));

        page(admin, "/admin/audit?patient=" + seen);
        assertThat(byActor(admin, "ADMIN")).contains("Read the audit trail (patient " + seen + ", page 1)");
    }

    @Test
    void theCommandLinesImportExportAndReportAreAuditedWithTheOsUserAndTheFiles(@TempDir Path dir) throws Exception {
        String source = "AUDIT" + Math.abs(System.nanoTime() % 1_000_000) + "-";
        var extract = dir.resolve("extract");
        SyntheticExtracts.generate(extract, 5, 1, LocalDate.of(2025, 3, 31), source, n -> {});
        var exported = dir.resolve("exported");
        var summary = dir.resolve("summary.json");
        for (String[] args : List.of(
                new String[] {"import", "--dataset", extract.toString(), "--source", source},
                new String[] {"export", "--dataset", exported.toString(), "--source", source},
                new String[] {"report", "--from", "2024-04-01", "--to", "2025-03-31", "--summary", summary.toString()
                })) {
            var err = new ByteArrayOutputStream();
            assertThat(CommandLine.run(
                            SteplineApplication.class,
                            args,
                            new PrintStream(new ByteArrayOutputStream()),
                            new PrintStream(err, true)))
                    .as(err.toString())
                    .isZero();
        }
        var entries = jdbc.sql("select action || ' ' || detail from audit_event where actor_username = ? and id > ?"
                        + " order by id")
                .params(
                        "command line (OS user " + System.getProperty("user.name") + ")",
                        jdbc.sql("select coalesce(max(id), 0) - 1000 from audit_event")
                                .query(Long.class)
                                .single())
                .query(String.class)
                .list();
        assertThat(entries)
                .anyMatch(e -> e.startsWith("CREATE Imported 5 pathways")
                        && e.contains(extract.resolve("referrals.csv")
                                .toAbsolutePath()
                                .toString()))
                .anyMatch(e -> e.startsWith("EXPORT Exported 5 pathways of " + source)
                        && e.contains(exported.resolve("care_contacts.csv")
                                .toAbsolutePath()
                                .toString()))
                .anyMatch(e -> e.startsWith("EXPORT Reported the outcomes")
                        && e.contains(summary.toAbsolutePath().toString()));
    }

    private List<String> shownIn(long patient) {
        return jdbc
                .sql("select detail from audit_event where shown_patient_ids @> array[?]::bigint[] order by id")
                .param(patient)
                .query(String.class)
                .list()
                .stream()
                .map(d -> d.replaceAll(" \\(.*", " ("))
                .toList();
    }

    private List<String> details(long patient, String action) {
        return jdbc.sql("select detail from audit_event where patient_id = ? and action = ? order by id")
                .params(patient, action)
                .query(String.class)
                .list();
    }

    private List<String> byActor(CurrentStaff who, String action) {
        return jdbc.sql("select detail from audit_event where actor_id = ? and action = ? order by id")
                .params(who.id(), action)
                .query(String.class)
                .list();
    }

    private String nhsNumberOf(long patient) {
        return jdbc.sql("select nhs_number from patient where id = ?")
                .param(patient)
                .query(String.class)
                .single();
    }

    private String nameOf(long patient) {
        return jdbc.sql("select family_name from patient where id = ?")
                .param(patient)
                .query(String.class)
                .single();
    }
}

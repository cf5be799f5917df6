package org.stepline.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.stepline.TestClinic;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffEnrolment;
import org.stepline.identity.StaffPrincipal;

/** Adding, changing and finding patients through the pages, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class PatientPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    private TestClinic clinic;
    private CurrentStaff practitioner;
    private String familyName;

    @BeforeEach
    void aPractitionerOfANewTeam() {
        clinic = new TestClinic(enrolment, jdbc);
        practitioner = clinic.practitionerIn(clinic.newTeam());
        familyName = "Smith-" + TestClinic.unique();
    }

    @Test
    void aBadNhsNumberIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        String html = mvc.perform(as(practitioner, post("/patients/new"), Map.of("nhsNumber", "943 476 5918")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("There is a problem", "href=\"#nhsNumber\"")
                .contains(
                        "id=\"nhsNumber-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> This is not a valid NHS number")
                .contains("value=\"943 476 5918\"", "value=\"" + familyName + "\"", ">Weekdays after 6pm</textarea>");
        assertThat(html).containsPattern("value=\"yes\"\\s+checked");
        assertThat(patientsNamed(familyName)).isZero();
    }

    @Test
    void aNewPatientIsAddedToTheTeamAndTheRecordShowsHowToCallThem() throws Exception {
        String nhsNumber = clinic.freeNhsNumber();
        var result = mvc.perform(as(practitioner, post("/patients/new"), Map.of("nhsNumber", nhsNumber)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Added Jane " + familyName))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/patients/", ""));

        assertThat(jdbc.sql("select team_id from patient where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(practitioner.teamId());
        assertThat(jdbc.sql("select postcode from patient where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("LS1 4AP");
        assertThat(audited(id, "CREATE")).isEqualTo(1);

        String record = mvc.perform(get("/patients/" + id).with(user(StaffPrincipal.of(practitioner))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String panel = record.substring(record.indexOf("stepline-telephone-panel"), record.indexOf("</section>"));
        assertThat(panel)
                .contains(
                        "0113 496 0000",
                        "(Landline)",
                        "07700 900123",
                        "(Mobile)",
                        "Do NOT leave a voicemail",
                        "Weekdays after 6pm",
                        "stepline-mode--phone",
                        "Telephone");
        assertThat(panel.indexOf("0113 496 0000")).isLessThan(panel.indexOf("07700 900123"));
        assertThat(record)
                .contains(
                        nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " ",
                        "Female (including trans woman)",
                        "White: British",
                        "Park Surgery (B86001)");
    }

    @Test
    void aDuplicateNhsNumberIsRefusedWithALinkOnlyWithinTheTeam() throws Exception {
        long teamId = practitioner.teamId();
        long existing = clinic.patientIn(teamId, "Ann", "Existing");
        String taken = nhsNumberOf(existing);

        String html = mvc.perform(as(practitioner, post("/patients/new"), Map.of("nhsNumber", taken)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("already registered in your team", "href=\"/patients/" + existing + "\"");

        var elsewhere = clinic.practitionerIn(clinic.newTeam());
        html = mvc.perform(as(elsewhere, post("/patients/new"), Map.of("nhsNumber", taken)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("already registered with another team")
                .doesNotContain("/patients/" + existing + "\"");
        assertThat(patientsNamed(familyName)).isZero();
    }

    @Test
    void changingDetailsAuditsWhichFieldsChangedButNotTheirValues() throws Exception {
        long id = clinic.patientIn(practitioner.teamId(), "Jane", familyName);
        String edit = mvc.perform(get("/patients/" + id + "/edit").with(user(StaffPrincipal.of(practitioner))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit).contains("Change the details of Jane " + familyName, "value=\"07700 900123\"");

        mvc.perform(as(
                        practitioner,
                        post("/patients/" + id + "/edit"),
                        Map.of(
                                "nhsNumber",
                                nhsNumberOf(id),
                                "postcode",
                                "sw1a1aa",
                                "callFirst",
                                "MOBILE",
                                "voicemail",
                                "yes",
                                "dateOfBirth",
                                "15/3/1984",
                                "gender",
                                "2",
                                "ethnicity",
                                "A")))
                .andExpect(status().is3xxRedirection());

        String detail = jdbc.sql("select detail from audit_event where patient_id = ? and action = 'UPDATE'")
                .param(id)
                .query(String.class)
                .single();
        assertThat(detail)
                .isEqualTo("Changed the patient's postcode, GP practice code, GP practice name, "
                        + "landline number, voicemail permission, safe times to call, email, choice of mode offered");
        assertThat(detail).doesNotContain("SW1A");
        assertThat(jdbc.sql("select postcode from patient where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("SW1A 1AA");
        assertThat(mvc.perform(get("/patients/" + id).with(user(StaffPrincipal.of(practitioner))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Voicemail may be left")
                .doesNotContain("Do NOT leave a voicemail");
    }

    @Test
    void searchFindsTheTeamsPatientsByNhsNumberOrPartOfAName() throws Exception {
        long id = clinic.patientIn(practitioner.teamId(), "Jane", familyName);
        long elsewhere = clinic.patientIn(clinic.newTeam(), "Jane", familyName);
        String nhsNumber = nhsNumberOf(id);
        String spaced = nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);

        for (String query : new String[] {spaced, familyName.substring(0, 10).toLowerCase(), "jan " + familyName}) {
            String html = mvc.perform(get("/patients").param("q", query).with(user(StaffPrincipal.of(practitioner))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html)
                    .as(query)
                    .contains("href=\"/patients/" + id + "\"", spaced, "15 Mar 1984")
                    .doesNotContain("href=\"/patients/" + elsewhere + "\"");
        }
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor_id = ? and detail = 'Searched patients (1 results)'")
                        .param(practitioner.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private MockHttpServletRequestBuilder as(
            CurrentStaff staff, MockHttpServletRequestBuilder request, Map<String, String> changes) {
        var form = new LinkedMultiValueMap<String, String>();
        form.setAll(Map.ofEntries(
                Map.entry("givenName", "Jane"),
                Map.entry("familyName", familyName),
                Map.entry("dateOfBirth", "15/3/1984"),
                Map.entry("gender", "2"),
                Map.entry("ethnicity", "A"),
                Map.entry("postcode", "ls1 4ap"),
                Map.entry("gpPracticeCode", "B86001"),
                Map.entry("gpPracticeName", "Park Surgery"),
                Map.entry("mobilePhone", "07700900123"),
                Map.entry("landlinePhone", "0113 496 0000"),
                Map.entry("callFirst", "LANDLINE"),
                Map.entry("voicemail", "no"),
                Map.entry("safeCallTimes", "Weekdays after 6pm"),
                Map.entry("email", "jane@example.com"),
                Map.entry("preferredMode", "02"),
                Map.entry("modeChoiceOffered", "yes")));
        form.setAll(changes);
        return request.params(form).with(csrf()).with(user(StaffPrincipal.of(staff)));
    }

    private long patientsNamed(String family) {
        return jdbc.sql("select count(*) from patient where family_name = ?")
                .param(family)
                .query(Long.class)
                .single();
    }

    private String nhsNumberOf(long patientId) {
        return jdbc.sql("select nhs_number from patient where id = ?")
                .param(patientId)
                .query(String.class)
                .single();
    }

    private long audited(long patientId, String action) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ? and action = ?")
                .params(patientId, action)
                .query(Long.class)
                .single();
    }
}

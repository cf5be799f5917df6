package org.stepline.patients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;
import static org.stepline.web.SliceFixtures.ADAS_DETAILS;
import static org.stepline.web.SliceFixtures.ADA_ID;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepline.identity.Role;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.internal.PatientRecords;
import org.stepline.patients.internal.PatientRecords.NhsNumberTaken;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.FormResult;
import org.stepline.web.WebSliceTest;

@WebMvcTest(PatientFormController.class)
class PatientFormSliceTest extends WebSliceTest {

    @MockitoBean
    PatientRecords records;

    @MockitoBean
    PatientDirectory directory;

    /** Ada's details as a receptionist might type them. */
    static final Map<String, String> ADA_TYPED = Map.ofEntries(
            Map.entry("nhsNumber", "9434765919"),
            Map.entry("givenName", "Ada"),
            Map.entry("familyName", " Lovelace "),
            Map.entry("dateOfBirth", "15-3-1984"),
            Map.entry("gender", "2"),
            Map.entry("ethnicity", "A"),
            Map.entry("postcode", "ls14ap"),
            Map.entry("mobilePhone", "+44 7700 900123"),
            Map.entry("landlinePhone", ""),
            Map.entry("voicemail", "no"),
            Map.entry("safeCallTimes", "Weekdays after 6pm"),
            Map.entry("preferredMode", "02"),
            Map.entry("modeChoiceOffered", "yes"));

    static MockHttpServletRequestBuilder adaTyped(MockHttpServletRequestBuilder request, String... instead) {
        return request.params(typed(ADA_TYPED, instead));
    }

    @Test
    void offersAnEmptyFormToAddAPatient() throws Exception {
        String html = html(mvc.perform(get("/patients/new").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("patients/form"))
                .andExpect(model().attribute("heading", "Add a patient")));

        assertThat(html)
                .contains(
                        "<h1>Add a patient</h1>",
                        "action=\"/patients/new\"",
                        "name=\"nhsNumber\"",
                        "Which number should be called first?",
                        "How does the patient prefer to be seen?")
                .doesNotContain("There is a problem");
    }

    @Test
    void addsThePatientAsTypedTidiedAndOpensTheirRecord() throws Exception {
        when(records.register(ADAS_DETAILS)).thenReturn(FormResult.saved("Added Ada Lovelace", "/patients/" + ADA_ID));

        mvc.perform(adaTyped(post("/patients/new"))
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute("flash", "Added Ada Lovelace"));
    }

    @Test
    void showsEveryProblemNextToItsFieldAndKeepsTheRestOfWhatWasTyped() throws Exception {
        String html = html(mvc.perform(adaTyped(
                                post("/patients/new"),
                                "nhsNumber",
                                "943 476 5918",
                                "dateOfBirth",
                                "31/2/1984",
                                "mobilePhone",
                                "0113 496 0000")
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("patients/form")));

        assertThat(html)
                .contains(
                        "<title>Error: Add a patient – Stepline</title>",
                        "There is a problem",
                        "value=\"Ada\"",
                        "value=\" Lovelace \"",
                        "value=\"ls14ap\"",
                        "Weekdays after 6pm");
        assertFieldError(
                html, "nhsNumber", "This is not a valid NHS number: check each digit has been typed correctly");
        assertFieldError(html, "dateOfBirth", "Date of birth must be a real date, like 15/3/1984");
        assertFieldError(html, "mobilePhone", "Enter a UK mobile number, like 07700 900123");
        verifyNoInteractions(records);
    }

    @Test
    void anNhsNumberAlreadyInTheTeamLinksToThatRecord() throws Exception {
        when(records.register(any())).thenReturn(FormResult.refused(new NhsNumberTaken(55L)));

        String html = html(mvc.perform(adaTyped(post("/patients/new"))
                        .with(signedIn(Role.SUPERVISOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("duplicateOf", 55L)));

        assertFieldError(html, "nhsNumber", "A patient with this NHS number is already registered in your team");
        assertThat(html).contains("<a href=\"/patients/55\">Open the existing record with this NHS number</a>");
    }

    @Test
    void changesAPatientsDetailsOnAPrefilledForm() throws Exception {
        when(records.openForEdit(ADA_ID)).thenReturn(ADAS_DETAILS);
        when(directory.requireAccess(ADA_ID)).thenReturn(ADA);
        when(records.update(ADA_ID, ADAS_DETAILS))
                .thenReturn(FormResult.saved("Saved the details of Ada Lovelace", "/patients/" + ADA_ID));

        String html = html(mvc.perform(get("/patients/1042/edit").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("patientId", ADA_ID)));
        assertThat(html)
                .contains(
                        "<h1>Change the details of Ada Lovelace</h1>",
                        "action=\"/patients/1042/edit\"",
                        "value=\"943 476 5919\"",
                        "value=\"15/3/1984\"",
                        "value=\"07700 900123\"",
                        "href=\"/patients/1042\"");

        mvc.perform(adaTyped(post("/patients/1042/edit"))
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients/1042"))
                .andExpect(flash().attribute("flash", "Saved the details of Ada Lovelace"));
    }

    @Test
    void anUnknownPatientIsNotFoundAndAnotherTeamsIsRefused() throws Exception {
        when(records.openForEdit(99)).thenThrow(new NotFoundException("Patient 99"));
        when(directory.requireAccess(77)).thenThrow(new AccessDeniedException("Not in the patient's team"));

        mvc.perform(get("/patients/99/edit").with(signedIn(Role.PRACTITIONER))).andExpect(status().isNotFound());
        mvc.perform(adaTyped(post("/patients/77/edit"))
                        .with(signedIn(Role.PRACTITIONER))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        verify(records, never()).update(anyLong(), any());
    }

    @Test
    void onlyCliniciansAddPatients() throws Exception {
        assertRefusedTo(get("/patients/new"), Role.MANAGER, Role.ADMIN);
        assertRefusedTo(adaTyped(post("/patients/new")).with(csrf()), Role.ADMIN);
        assertSignInAsked(get("/patients/new"));
        verifyNoInteractions(records);
    }
}

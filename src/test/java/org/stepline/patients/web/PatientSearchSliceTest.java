package org.stepline.patients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.identity.Role;
import org.stepline.patients.internal.PatientRecords;
import org.stepline.web.WebSliceTest;

@WebMvcTest(PatientSearchController.class)
class PatientSearchSliceTest extends WebSliceTest {

    @MockitoBean
    PatientRecords records;

    @Test
    void beforeASearchOnlyTheSearchBoxIsShownAndNothingIsLookedUp() throws Exception {
        String html = html(mvc.perform(get("/patients").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(view().name("patients/search"))
                .andExpect(model().attribute("searched", false)));

        assertThat(html)
                .contains("<h1>Find a patient</h1>", "NHS number or name", "href=\"/patients/new\"")
                .doesNotContain("found", "No patients");
        verifyNoInteractions(records);
    }

    @Test
    void listsThePatientsFoundSurnameFirstWithALinkToEachRecord() throws Exception {
        when(records.search("lovelace")).thenReturn(List.of(ADA));

        String html = html(mvc.perform(get("/patients").param("q", " lovelace ").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("results", List.of(ADA))));

        assertThat(html)
                .contains(
                        "1 patient found",
                        "LOVELACE, Ada",
                        "943 476 5919",
                        "15 Mar 1984",
                        "href=\"/patients/1042\"",
                        "value=\" lovelace \"");
    }

    @Test
    void saysPlainlyWhenNobodyMatchesShowingWhatWasTypedSafely() throws Exception {
        when(records.search("<b>Smyth</b>")).thenReturn(List.of());

        String html =
                html(mvc.perform(get("/patients").param("q", "<b>Smyth</b>").with(signedIn(Role.PRACTITIONER)))
                        .andExpect(status().isOk()));

        assertThat(html)
                .contains(escaped("No patients in your team match '<b>Smyth</b>'."))
                .doesNotContain("<b>Smyth</b>");
    }

    @Test
    void onlyCliniciansSearchPatients() throws Exception {
        assertRefusedTo(get("/patients").param("q", "Ada"), Role.MANAGER, Role.ADMIN);
        assertSignInAsked(get("/patients"));
        verifyNoInteractions(records);
    }
}

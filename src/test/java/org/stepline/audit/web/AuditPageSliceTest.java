package org.stepline.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.audit.AuditAction;
import org.stepline.audit.internal.AuditSearch;
import org.stepline.audit.internal.AuditSearch.Entry;
import org.stepline.audit.internal.AuditSearch.Query;
import org.stepline.identity.Role;
import org.stepline.web.WebSliceTest;

@WebMvcTest(AuditPageController.class)
class AuditPageSliceTest extends WebSliceTest {

    @MockitoBean
    AuditSearch search;

    @MockitoBean
    org.stepline.audit.AuditTrail audit;

    @Test
    void showsTheEntriesFoundForTheFilters() throws Exception {
        when(search.find(any()))
                .thenReturn(new AuditSearch.Page(
                        List.of(new Entry(
                                1,
                                Instant.parse("2025-03-14T10:15:00Z"),
                                "pwp-ann",
                                1042L,
                                AuditAction.VIEW,
                                "Viewed the patient record")),
                        1,
                        true));

        String html = html(mvc.perform(get("/admin/audit")
                        .param("patient", "1042")
                        .param("action", "VIEW")
                        .param("from", "2025-03-01")
                        .param("to", "2025-03-31")
                        .with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/audit"))
                .andExpect(model().attributeExists("filters", "errors", "results")));

        verify(search)
                .find(new Query(1042L, null, AuditAction.VIEW, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 1));
        assertThat(html)
                .contains("<h1>Audit trail</h1>", "pwp-ann", "Viewed the patient record", "14 Mar 2025, 10:15")
                .contains(
                        "Older entries",
                        escaped("/admin/audit?patient=1042&action=VIEW&from=2025-03-01&to=2025-03-31&page=2"))
                .contains("Clear filters");
    }

    @Test
    void saysSoWhenNothingMatches() throws Exception {
        when(search.find(any())).thenReturn(new AuditSearch.Page(List.of(), 1, false));

        assertThat(html(mvc.perform(get("/admin/audit").with(signedIn(Role.ADMIN)))
                        .andExpect(status().isOk())))
                .contains("No entries match these filters.")
                .doesNotContain("Clear filters", "Older entries");
    }

    @Test
    void wrongFiltersAreShownNextToTheirFieldsAndNothingIsSearched() throws Exception {
        String html = html(mvc.perform(get("/admin/audit")
                        .param("patient", "Smith")
                        .param("from", "2025-04-02")
                        .param("to", "2025-04-01")
                        .with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasNoErrors("filters"))
                .andExpect(model().attribute("results", (Object) null)));

        verifyNoInteractions(search);
        assertThat(html)
                .contains("<title>Error: Audit trail – Stepline</title>", "There is a problem", "value=\"Smith\"");
        assertFieldError(html, "patient", "Patient id must be a number, like 1042");
        assertFieldError(html, "to", "The 'to' date must be the same as or after the 'from' date");
    }

    @Test
    void onlyAdministratorsMaySeeIt() throws Exception {
        mvc.perform(get("/admin/audit").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/403"));
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(search);
    }
}

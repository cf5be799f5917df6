package org.stepline.patients.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepline.patients.internal.PatientRecords;

/** Finding a patient of the clinician's own team by NHS number or name. */
@Controller
class PatientSearchController {

    private final PatientRecords records;

    PatientSearchController(PatientRecords records) {
        this.records = records;
    }

    @GetMapping("/patients")
    String search(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
        boolean searched = query != null && !query.isBlank();
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("searched", searched);
        model.addAttribute("results", searched ? records.search(query.strip()) : List.of());
        return "patients/search";
    }
}

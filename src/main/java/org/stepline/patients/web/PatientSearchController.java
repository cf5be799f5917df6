package org.stepline.patients.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepline.patients.internal.PatientRecords;

/** Finding a patient of the clinician's own team by NHS number or name. */
@Controller
class PatientSearchController {

    private final PatientRecords records;

    PatientSearchController(PatientRecords records) {
        this.records = records;
    }

    @GetMapping("/patients")
    String search(SearchForm form, Model model) {
        var errors = form.check();
        boolean searched = form.searched() && !errors.any();
        model.addAttribute("query", form.q() == null ? "" : form.q());
        model.addAttribute("error", errors.get("q"));
        model.addAttribute("searched", searched);
        model.addAttribute("results", searched ? records.search(form.q().strip()) : List.of());
        return "patients/search";
    }
}

package org.stepline.patients.web;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.internal.PatientRecords;
import org.stepline.patients.internal.PatientRecords.NhsNumberTaken;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.FormResult;

/** Adding a patient to the signed-in clinician's team, and changing a patient's details. */
@Controller
class PatientFormController {

    private static final String ADD = "Add a patient";

    private final PatientRecords records;
    private final PatientDirectory directory;
    private final Clock clock;

    PatientFormController(PatientRecords records, PatientDirectory directory, Clock clock) {
        this.records = records;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/patients/new")
    String newPatient(Model model) {
        return show(model, ADD, null, PatientForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/patients/new")
    String addPatient(@ModelAttribute("form") PatientForm form, Model model, RedirectAttributes redirect) {
        var problems = form.problems(ServiceTime.dateOf(clock.instant()));
        if (!problems.isEmpty()) {
            return show(model, ADD, null, form, new FormErrors(problems));
        }
        var details = form.toDetails();
        return saving(() -> records.register(details))
                .answer(redirect, taken -> refused(model, ADD, null, form, taken));
    }

    @GetMapping("/patients/{id}/edit")
    String editPatient(@PathVariable long id, Model model) {
        var details = records.openForEdit(id);
        return show(model, changeHeading(details.fullName()), id, PatientForm.of(details), FormErrors.NONE);
    }

    @PostMapping("/patients/{id}/edit")
    String savePatient(
            @PathVariable long id, @ModelAttribute("form") PatientForm form, Model model, RedirectAttributes redirect) {
        String heading = changeHeading(directory.requireAccess(id).fullName());
        var problems = form.problems(ServiceTime.dateOf(clock.instant()));
        if (!problems.isEmpty()) {
            return show(model, heading, id, form, new FormErrors(problems));
        }
        var details = form.toDetails();
        return saving(() -> records.update(id, details))
                .answer(redirect, taken -> refused(model, heading, id, form, taken));
    }

    private static String changeHeading(String name) {
        return "Change the details of " + name;
    }

    /** Two people saving the same new NHS number at once: the database refuses the second; say so plainly. */
    private static FormResult<NhsNumberTaken> saving(Supplier<FormResult<NhsNumberTaken>> save) {
        try {
            return save.get();
        } catch (DuplicateKeyException e) {
            return FormResult.refused(new NhsNumberTaken(null));
        }
    }

    private static String refused(
            Model model, String heading, @Nullable Long patientId, PatientForm form, NhsNumberTaken taken) {
        model.addAttribute("duplicateOf", taken.sameTeamPatientId());
        return show(model, heading, patientId, form, new FormErrors(Map.of("nhsNumber", taken.message())));
    }

    private static String show(
            Model model, String heading, @Nullable Long patientId, PatientForm form, FormErrors errors) {
        model.addAttribute("heading", heading);
        model.addAttribute("patientId", patientId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "patients/form";
    }
}

package org.stepline.supervision.web;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;
import org.stepline.supervision.SupervisionNotes;
import org.stepline.supervision.internal.Flagging;
import org.stepline.supervision.internal.NoteForm;
import org.stepline.supervision.internal.SupervisionNoteRecording;

/** Reviewing one patient's referral in supervision: its flags, earlier notes, and a new note with actions. */
@Controller
class NoteController {

    /** Where marking an action done may return to: Stepline's own pages only. */
    private static final Pattern SAFE_RETURN =
            Pattern.compile("/(patients/\\d{1,18}|caseload|supervision/referrals/\\d{1,18})");

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final Flagging flagging;
    private final SupervisionNotes notes;
    private final SupervisionNoteRecording recording;
    private final AuditTrail audit;

    NoteController(
            ReferralDirectory referrals,
            PatientDirectory patients,
            StaffDirectory staff,
            Flagging flagging,
            SupervisionNotes notes,
            SupervisionNoteRecording recording,
            AuditTrail audit) {
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
        this.flagging = flagging;
        this.notes = notes;
        this.recording = recording;
        this.audit = audit;
    }

    @GetMapping("/supervision/referrals/{referralId}")
    String review(@PathVariable long referralId, Model model) {
        var referral = find(referralId);
        patients.requireAccess(referral.patientId());
        audit.viewed(referral.patientId(), "Reviewed referral " + referral.pathwayId() + " in supervision");
        return show(model, referral, NoteForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/supervision/referrals/{referralId}/notes")
    String record(
            @PathVariable long referralId,
            @ModelAttribute("form") NoteForm form,
            Model model,
            RedirectAttributes redirect) {
        var referral = find(referralId);
        patients.requireAccess(referral.patientId());
        var problems = recording.record(referral, form);
        if (!problems.isEmpty()) {
            return show(model, referral, form, new FormErrors(problems));
        }
        return Flash.redirect(redirect, "Supervision note recorded", "/supervision/referrals/" + referralId);
    }

    @PostMapping("/supervision/actions/{actionId}/done")
    String done(
            @PathVariable long actionId,
            @RequestParam(defaultValue = "") String returnTo,
            RedirectAttributes redirect) {
        var action = recording.requireAction(actionId);
        recording.markDone(action);
        String back = SAFE_RETURN.matcher(returnTo).matches() ? returnTo : "/patients/" + action.patientId();
        return Flash.redirect(redirect, "Action marked done: " + action.description(), back);
    }

    private String show(Model model, ReferralSummary referral, NoteForm form, FormErrors errors) {
        var patient = patients.requireAccess(referral.patientId());
        List<Coded> owners = staff.cliniciansOf(referral.teamId()).stream()
                .map(member -> new Coded(String.valueOf(member.id()), member.displayName()))
                .toList();
        model.addAttribute("patient", patient);
        model.addAttribute("referral", referral);
        model.addAttribute("row", flagging.rowsOf(List.of(referral)).getFirst());
        model.addAttribute("notes", notes.forPatient(patient.id()));
        model.addAttribute("owners", owners);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "supervision/review";
    }

    private ReferralSummary find(long id) {
        return referrals.find(id).orElseThrow(() -> new NotFoundException("Referral " + id));
    }
}

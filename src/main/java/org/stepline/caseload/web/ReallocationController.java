package org.stepline.caseload.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralReallocation;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.FormErrors;

/**
 * Moving one referral (from the patient's record) or a whole caseload (from the caseload a supervisor looks at, or
 * the administrator's account page) to another practitioner of the team. Supervisors and administrators only, by
 * the URL rules and again by {@link ReferralReallocation}; one referral also needs access to its patient.
 */
@Controller
class ReallocationController {

    private final ReferralDirectory referrals;
    private final ReferralReallocation reallocation;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    ReallocationController(
            ReferralDirectory referrals,
            ReferralReallocation reallocation,
            PatientDirectory patients,
            StaffDirectory staff,
            AuditTrail audit) {
        this.referrals = referrals;
        this.reallocation = reallocation;
        this.patients = patients;
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/reallocate/referrals/{id}")
    String referralForm(@PathVariable long id, Model model) {
        var referral = referral(id);
        var patient = patients.requireAccess(referral.patientId());
        audit.viewed(
                patient.id(), "Opened the form to move referral " + referral.pathwayId() + " to another practitioner");
        return referralPage(model, patient, referral, null, FormErrors.NONE);
    }

    @PostMapping("/reallocate/referrals/{id}")
    String moveReferral(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String practitioner,
            Model model,
            RedirectAttributes redirect) {
        var referral = referral(id);
        var patient = patients.requireAccess(referral.patientId());
        return reallocation
                .reallocate(id, chosen(practitioner))
                .answer(redirect, errors -> referralPage(model, patient, referral(id), practitioner, errors));
    }

    @GetMapping("/reallocate/practitioners/{id}")
    String caseloadForm(@PathVariable long id, Model model) {
        var from = mayMoveCaseloadOf(id);
        int open = openCount(from);
        audit.record(
                null,
                AuditAction.VIEW,
                "Opened the form to move the caseload of " + from.displayName() + " (" + open + " open referrals)");
        return caseloadPage(model, from, open, null, FormErrors.NONE);
    }

    @PostMapping("/reallocate/practitioners/{id}")
    String moveCaseload(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String practitioner,
            Model model,
            RedirectAttributes redirect) {
        var from = mayMoveCaseloadOf(id);
        var result = reallocation.reallocateCaseload(id, chosen(practitioner));
        if (staff.current().role() == Role.ADMIN) {
            result = result.goingTo(backFrom(from));
        }
        return result.answer(redirect, errors -> caseloadPage(model, from, openCount(from), practitioner, errors));
    }

    @GetMapping("/reallocate/practitioners/{id}/one")
    String oneReferralForm(@PathVariable long id, Model model) {
        var from = mayMoveCaseloadOf(id);
        audit.record(null, AuditAction.VIEW, "Opened the form to move one referral of " + from.displayName());
        return oneReferralPage(model, from, null, null, FormErrors.NONE);
    }

    @PostMapping("/reallocate/practitioners/{id}/one")
    String moveOneReferral(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String pathwayId,
            @RequestParam(required = false) @Nullable String practitioner,
            Model model,
            RedirectAttributes redirect) {
        var from = mayMoveCaseloadOf(id);
        return reallocation
                .reallocateOneHeldBy(id, pathwayId, chosen(practitioner))
                .goingTo(backFrom(from))
                .answer(redirect, errors -> oneReferralPage(model, from, pathwayId, practitioner, errors));
    }

    private StaffMember mayMoveCaseloadOf(long practitionerId) {
        var from =
                staff.find(practitionerId).orElseThrow(() -> new NotFoundException("Practitioner " + practitionerId));
        if (from.teamId() == null || !reallocation.mayReallocateIn(from.teamId())) {
            audit.denied(
                    null,
                    "Refused the form to move the caseload of " + from.displayName()
                            + " (only a supervisor of their team or an administrator may)");
            throw new AccessDeniedException("Only a supervisor of the team or an administrator may move a caseload");
        }
        return from;
    }

    private int openCount(StaffMember from) {
        return (int) referrals.openForPractitioner(from.id()).stream()
                .filter(r -> r.teamId() == from.teamId())
                .count();
    }

    private ReferralSummary referral(long id) {
        return referrals.find(id).orElseThrow(() -> new NotFoundException("Referral " + id));
    }

    /** The id chosen; null when none was, or what was sent is not a number (the service says what to do). */
    private static @Nullable Long chosen(@Nullable String practitioner) {
        if (practitioner == null || !practitioner.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(practitioner.strip());
    }

    private List<Coded> choices(long teamId, @Nullable Long except) {
        return staff.cliniciansOf(teamId).stream()
                .filter(m -> except == null || m.id() != except)
                .map(m -> new Coded(
                        String.valueOf(m.id()),
                        m.displayName() + " (" + m.role().label() + ")"))
                .toList();
    }

    private String referralPage(
            Model model,
            PatientHeadline patient,
            ReferralSummary referral,
            @Nullable String chosen,
            FormErrors errors) {
        model.addAttribute("patient", patient);
        model.addAttribute("referral", referral);
        model.addAttribute(
                "current",
                referral.practitionerId() == null
                        ? "Not assigned"
                        : staff.namesOf(List.of(referral.practitionerId()))
                                .getOrDefault(referral.practitionerId(), "Not known"));
        model.addAttribute("choices", choices(referral.teamId(), referral.practitionerId()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "caseload/reallocateReferral";
    }

    private String caseloadPage(Model model, StaffMember from, int open, @Nullable String chosen, FormErrors errors) {
        model.addAttribute("from", from);
        model.addAttribute("teamName", staff.teamName(from.teamId()));
        model.addAttribute("openReferrals", open);
        model.addAttribute("choices", choices(from.teamId(), from.id()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("backTo", backFrom(from));
        return "caseload/reallocateCaseload";
    }

    private String oneReferralPage(
            Model model, StaffMember from, @Nullable String pathwayId, @Nullable String chosen, FormErrors errors) {
        model.addAttribute("from", from);
        model.addAttribute("teamName", staff.teamName(from.teamId()));
        model.addAttribute("openReferrals", openCount(from));
        model.addAttribute("choices", choices(from.teamId(), from.id()));
        model.addAttribute("pathwayId", pathwayId);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("backTo", backFrom(from));
        return "caseload/reallocateOne";
    }

    /** Where the move pages go back to: the account page for an administrator, else the practitioner's caseload. */
    private String backFrom(StaffMember from) {
        return staff.current().role() == Role.ADMIN
                ? "/admin/users/" + from.id()
                : "/caseload?practitioner=" + from.id();
    }
}

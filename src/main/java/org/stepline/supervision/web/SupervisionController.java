package org.stepline.supervision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;
import org.stepline.supervision.internal.Supervisions;

/** Case-management supervision: a supervisor's team, and one clinician's caseload with its flags. */
@Controller
class SupervisionController {

    private final Supervisions supervisions;
    private final StaffDirectory staff;

    SupervisionController(Supervisions supervisions, StaffDirectory staff) {
        this.supervisions = supervisions;
        this.staff = staff;
    }

    @GetMapping("/supervision")
    String team(Model model) {
        var me = staff.current();
        if (me.role() != Role.SUPERVISOR) {
            return "redirect:/supervision/" + me.id();
        }
        model.addAttribute("team", supervisions.team());
        return "supervision/team";
    }

    @GetMapping("/supervision/{practitionerId}")
    String practitioner(@PathVariable long practitionerId, Model model) {
        model.addAttribute("review", supervisions.review(practitionerId));
        return "supervision/practitioner";
    }
}

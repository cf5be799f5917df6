package org.stepline.caseload.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepline.caseload.internal.Caseloads;
import org.stepline.caseload.internal.Overviews;
import org.stepline.caseload.internal.WaitingLists;
import org.stepline.identity.StaffDirectory;
import org.stepline.surveys.StaffSurveys;

/** The lists clinicians and managers steer by. Read-only; every view is audited by the services. */
@Controller
class CaseloadController {

    private final Caseloads caseloads;
    private final WaitingLists waitingLists;
    private final Overviews overviews;
    private final StaffSurveys surveys;
    private final StaffDirectory staff;

    CaseloadController(
            Caseloads caseloads,
            WaitingLists waitingLists,
            Overviews overviews,
            StaffSurveys surveys,
            StaffDirectory staff) {
        this.caseloads = caseloads;
        this.waitingLists = waitingLists;
        this.overviews = overviews;
        this.surveys = surveys;
        this.staff = staff;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) @Nullable Long practitioner, Model model) {
        model.addAttribute("caseload", caseloads.of(practitioner));
        model.addAttribute("surveys", surveys.openFor(staff.current()));
        return "caseload/caseload";
    }

    @GetMapping("/waiting-list")
    String waitingList(Model model) {
        model.addAttribute("list", waitingLists.forMyTeam());
        return "caseload/waitingList";
    }

    @GetMapping("/overview")
    String overview(Model model) {
        model.addAttribute("overview", overviews.build());
        return "caseload/overview";
    }
}

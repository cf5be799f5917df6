package org.stepline.caseload.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepline.caseload.internal.Caseloads;
import org.stepline.caseload.internal.Overviews;
import org.stepline.caseload.internal.WaitingLists;

/** The lists clinicians and managers steer by. Read-only; every view is audited by the services. */
@Controller
class CaseloadController {

    private final Caseloads caseloads;
    private final WaitingLists waitingLists;
    private final Overviews overviews;

    CaseloadController(Caseloads caseloads, WaitingLists waitingLists, Overviews overviews) {
        this.caseloads = caseloads;
        this.waitingLists = waitingLists;
        this.overviews = overviews;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) @Nullable Long practitioner, Model model) {
        model.addAttribute("caseload", caseloads.of(practitioner));
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

package org.stepline.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepline.audit.internal.AuditSearch;

/** The audit trail for administrators (ADMIN only, by the URL rules). Read-only. */
@Controller
class AuditPageController {

    private final AuditSearch search;

    AuditPageController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/admin/audit")
    String audit(AuditFilterForm filters, Model model) {
        var errors = filters.check();
        model.addAttribute("filters", filters);
        model.addAttribute("errors", errors);
        model.addAttribute("results", errors.any() ? null : search.find(filters.toQuery()));
        return "admin/audit";
    }
}

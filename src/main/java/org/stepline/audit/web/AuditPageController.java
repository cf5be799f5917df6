package org.stepline.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.audit.internal.AuditSearch;

/** The audit trail for administrators (ADMIN only, by the URL rules). Read-only; each reading is audited. */
@Controller
class AuditPageController {

    private final AuditSearch search;
    private final AuditTrail audit;

    AuditPageController(AuditSearch search, AuditTrail audit) {
        this.search = search;
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(AuditFilterForm filters, Model model) {
        var errors = filters.check();
        model.addAttribute("filters", filters);
        model.addAttribute("errors", errors);
        if (!errors.any()) {
            var query = filters.toQuery();
            model.addAttribute("results", search.find(query));
            // reading the trail is itself on it, with what was looked for
            audit.record(query.patientId(), AuditAction.ADMIN, "Read the audit trail" + filters.described());
        } else {
            model.addAttribute("results", null);
        }
        return "admin/audit";
    }
}

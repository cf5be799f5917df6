package org.stepline.outcomes.web;

import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.outcomes.internal.Grouping;
import org.stepline.outcomes.internal.OutcomeCsv;
import org.stepline.outcomes.internal.OutcomeReportService;
import org.stepline.outcomes.internal.OutcomesProperties;
import org.stepline.outcomes.internal.PeqByMode;
import org.stepline.shared.codes.Coded;

/** The outcome report page for managers and supervisors, and its tables as CSV downloads. */
@Controller
class OutcomeReportController {

    private final OutcomeReportService reports;
    private final OutcomesProperties properties;
    private final AuditTrail audit;
    private final PeqByMode peq;

    OutcomeReportController(
            OutcomeReportService reports, OutcomesProperties properties, AuditTrail audit, PeqByMode peq) {
        this.peq = peq;
        this.reports = reports;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping("/reports/outcomes")
    String page(ReportForm form, Model model) {
        var checked = form.check(reports.defaultPeriod());
        model.addAttribute("form", checked.form());
        model.addAttribute("errors", checked.errors());
        model.addAttribute(
                "groupings",
                Arrays.stream(Grouping.values())
                        .map(g -> new Coded(g.parameter(), g.label()))
                        .toList());
        model.addAttribute(
                "report", checked.period() == null ? null : reports.report(checked.period(), checked.grouping()));
        model.addAttribute("query", checked.period() == null ? "" : checked.query());
        model.addAttribute("suppressBelow", properties.suppressBelow());
        model.addAttribute("peq", checked.period() == null ? null : peq.report(checked.period()));
        return "outcomes/report";
    }

    @GetMapping("/reports/outcomes.csv")
    ResponseEntity<String> csv(ReportForm form, @RequestParam(defaultValue = "figures") String table) {
        var checked = form.check(reports.defaultPeriod());
        var which = OutcomeCsv.Table.fromParameter(table).orElse(null);
        if (checked.period() == null || which == null) {
            throw new ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Check the period, grouping and table of the download");
        }
        var report = reports.report(checked.period(), checked.grouping());
        audit.record(
                null,
                AuditAction.EXPORT,
                "Downloaded outcome figures (" + which.parameter() + ", "
                        + checked.period().from() + " to " + checked.period().to() + ")");
        String name = "outcomes-" + which.parameter() + "-" + checked.period().from() + "-to-"
                + checked.period().to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(new OutcomeCsv(reports.suppression(report, properties.suppressBelow())).write(report, which));
    }
}

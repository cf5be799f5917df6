package org.stepline.outcomes.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.outcomes.internal.OutcomeReportService;
import org.stepline.outcomes.internal.OutcomesProperties;
import org.stepline.outcomes.internal.PeqByMode;
import org.stepline.outcomes.internal.PeqCsv;

/** The PEQ-by-treatment-mode table as CSV, at the same address as the report's other tables ({@code table=peq}). */
@Controller
class PeqCsvController {

    private final PeqByMode peq;
    private final OutcomeReportService reports;
    private final OutcomesProperties properties;
    private final AuditTrail audit;

    PeqCsvController(PeqByMode peq, OutcomeReportService reports, OutcomesProperties properties, AuditTrail audit) {
        this.peq = peq;
        this.reports = reports;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping(value = "/reports/outcomes.csv", params = "table=peq")
    ResponseEntity<String> csv(ReportForm form) {
        var checked = form.check(reports.defaultPeriod());
        if (checked.period() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Check the period of the download");
        }
        var period = checked.period();
        audit.record(
                null,
                AuditAction.EXPORT,
                "Downloaded PEQ results by treatment mode (" + period.from() + " to " + period.to() + ")");
        String name = "outcomes-peq-" + period.from() + "-to-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(new PeqCsv(properties.suppressBelow()).write(peq.report(period)));
    }
}

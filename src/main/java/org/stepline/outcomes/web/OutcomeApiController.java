package org.stepline.outcomes.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.stepline.outcomes.OutcomeReports;
import org.stepline.outcomes.OutcomeSummaryJson;
import org.stepline.outcomes.internal.OutcomeReportService;
import org.stepline.outcomes.internal.OutcomesProperties;

/** The summary as JSON: the same document as {@code report --summary}, small numbers suppressed. */
@RestController
class OutcomeApiController {

    private final OutcomeReports reports;
    private final OutcomeReportService service;
    private final OutcomesProperties properties;

    OutcomeApiController(OutcomeReports reports, OutcomeReportService service, OutcomesProperties properties) {
        this.reports = reports;
        this.service = service;
        this.properties = properties;
    }

    @GetMapping("/api/outcomes/summary")
    Map<String, Object> summary(ReportForm form) {
        var checked = new ReportForm(form.from(), form.to(), null).check(service.defaultPeriod());
        if (checked.period() == null) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    String.join(" ", checked.errors().byField().values()));
        }
        return OutcomeSummaryJson.of(
                reports.summary(checked.period().from(), checked.period().to()), properties.suppressBelow());
    }
}

package org.stepline.scheduling.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.scheduling.internal.ChoiceChart;
import org.stepline.scheduling.internal.ChoiceCsv;
import org.stepline.scheduling.internal.ChoiceReport;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.PeriodRule;

/**
 * Choice of mode offered and taken, by team, for managers and supervisors; and the same as CSV. The period is of
 * appointment dates, by default the last 90 days and the next 28 (bookings already made for the coming weeks).
 */
@Controller
class ChoiceReportController {

    private final ChoiceReport report;
    private final Clock clock;
    private final AuditTrail audit;

    ChoiceReportController(ChoiceReport report, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.report = report;
        this.clock = clock;
    }

    private record Period(
            String fromText,
            String toText,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            FormErrors errors) {

        boolean valid() {
            return !errors.any();
        }
    }

    @GetMapping("/reports/choice")
    String page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        Period period = period(from, to);
        model.addAttribute("from", period.fromText());
        model.addAttribute("to", period.toText());
        model.addAttribute("errors", period.errors());
        if (period.valid()) {
            var figures = report.figures(period.from(), period.to());
            model.addAttribute("figures", figures);
            model.addAttribute("modes", ChoiceReport.modesChosen(figures));
            model.addAttribute("chart", figures.isEmpty() ? "" : ChoiceChart.offeredByTeam(figures));
        } else {
            model.addAttribute("figures", java.util.List.of());
            model.addAttribute("modes", java.util.List.of());
            model.addAttribute("chart", "");
        }
        model.addAttribute("suppressBelow", report.suppressBelow());
        return "scheduling/choiceReport";
    }

    @GetMapping("/reports/choice.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        Period period = period(from, to);
        if (!period.valid()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Check the period of the download");
        }
        var figures = report.figures(period.from(), period.to());
        String name = "choice-of-mode-" + period.from() + "-to-" + period.to() + ".csv";
        audit.record(
                null,
                AuditAction.EXPORT,
                "Downloaded choice of mode by team (" + period.from() + " to " + period.to() + ", " + figures.size()
                        + " teams)");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ChoiceCsv.write(figures, report.suppressBelow()));
    }

    private Period period(@Nullable String fromText, @Nullable String toText) {
        LocalDate today = ServiceTime.dateOf(clock.instant());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(fromText, today.minusDays(90), "from", "the first day", errors);
        LocalDate to = date(toText, today.plusDays(28), "to", "the last day", errors);
        if (from != null && to != null) {
            PeriodRule.problemWith(from, to).ifPresent(problem -> errors.put("to", problem));
        }
        return new Period(
                blank(fromText) ? String.valueOf(from) : fromText,
                blank(toText) ? String.valueOf(to) : toText,
                from,
                to,
                new FormErrors(errors));
    }

    private static @Nullable LocalDate date(
            @Nullable String text, LocalDate fallback, String field, String what, Map<String, String> errors) {
        if (blank(text)) {
            return fallback;
        }
        var date = DateField.parse(text);
        if (date.isEmpty()) {
            errors.put(field, "Enter " + what + " as a real date, for example 2026-04-01");
        }
        return date.orElse(null);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}

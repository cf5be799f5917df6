package org.stepline.audit.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.stepline.audit.AuditAction;
import org.stepline.audit.internal.AuditSearch;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;
import org.stepline.shared.web.WholeNumber;

/** The audit trail's filters as typed (public only so that the page template can read it). */
public record AuditFilterForm(
        @Nullable String patient,
        @Nullable String username,
        @Nullable String action,
        @Nullable String from,
        @Nullable String to,
        @Nullable String page) {

    public static final List<Coded> ACTIONS = Arrays.stream(AuditAction.values())
            .map(action -> new Coded(action.name(), action.label()))
            .toList();

    FormErrors check() {
        Map<String, String> problems = TypedText.problemsOf(this);
        if (!blank(patient) && WholeNumber.parse(patient).isEmpty()) {
            problems.put("patient", "Patient id must be a number, like 1042");
        }
        if (!blank(action) && ACTIONS.stream().noneMatch(option -> option.code().equals(action))) {
            problems.put("action", "Choose an action from the list");
        }
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.put("to", "The 'to' date must be the same as or after the 'from' date");
        }
        return new FormErrors(problems);
    }

    /** The query for these filters; call only after {@link #check()} found nothing wrong. */
    AuditSearch.Query toQuery() {
        return new AuditSearch.Query(
                WholeNumber.parse(patient).orElse(null),
                TypedText.clean(username),
                blank(action) ? null : AuditAction.valueOf(action),
                DateField.parse(from).orElse(null),
                DateField.parse(to).orElse(null),
                pageNumber());
    }

    int pageNumber() {
        return WholeNumber.between(page, 1, 999_999).orElse(1);
    }

    /** The address of another page of results with the same filters. */
    public String hrefForPage(int number) {
        var uri = UriComponentsBuilder.fromPath("/admin/audit");
        for (String[] filter : filters()) {
            if (!blank(filter[1])) {
                uri.queryParam(filter[0], filter[1].strip());
            }
        }
        return uri.queryParam("page", number).encode().build().toUriString();
    }

    /** The filters and page in words, for the audit entry of reading the trail. */
    String described() {
        StringBuilder words = new StringBuilder();
        for (String[] filter : filters()) {
            if (!blank(filter[1])) {
                words.append(words.isEmpty() ? " (" : ", ")
                        .append(filter[0])
                        .append(' ')
                        .append(filter[1].strip());
            }
        }
        return words.append(words.isEmpty() ? " (page " : ", page ")
                .append(pageNumber())
                .append(')')
                .toString();
    }

    private String[][] filters() {
        return new String[][] {
            {"patient", patient}, {"username", username}, {"action", action}, {"from", from}, {"to", to}
        };
    }

    public boolean filtered() {
        return !blank(patient) || !blank(username) || !blank(action) || !blank(from) || !blank(to);
    }

    private static @Nullable LocalDate date(@Nullable String typed, String field, Map<String, String> problems) {
        if (blank(typed)) {
            return null;
        }
        var date = DateField.parse(typed);
        if (date.isEmpty()) {
            problems.putIfAbsent(field, "Enter a real date, like 2025-03-31");
        }
        return date.orElse(null);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

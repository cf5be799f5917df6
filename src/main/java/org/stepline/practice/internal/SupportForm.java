package org.stepline.practice.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.TypedText;

/**
 * Recording support for one member of staff, as typed: {@code kind} "training" (with a course) or "observed" /
 * "observer" (a session observed, or observing a colleague's, optionally naming the colleague).
 */
public record SupportForm(
        @Nullable String staffId,
        @Nullable String kind,
        @Nullable String course,
        @Nullable String on,
        @Nullable String colleagueId) {

    public static final SupportForm BLANK = new SupportForm("", "training", "", "", "");

    Map<String, String> problems(Set<Long> people, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>(TypedText.problemsOf(this));
        Long staff = id(staffId);
        if (staff == null || !people.contains(staff)) {
            problems.putIfAbsent("staffId", "Choose the member of staff");
        }
        if (!"training".equals(kind) && !"observed".equals(kind) && !"observer".equals(kind)) {
            problems.putIfAbsent("kind", "Choose what to record");
        } else if ("training".equals(kind) && (course == null || course.isBlank())) {
            problems.putIfAbsent("course", "Enter the name of the course");
        } else if (course != null
                && course.strip().codePointCount(0, course.strip().length()) > 200) {
            problems.putIfAbsent("course", "The course name must be 200 characters or fewer");
        }
        DateField.problemWith(on, "date", "15/3/2026").ifPresentOrElse(p -> problems.put("on", p), () -> {
            if (DateField.parse(on).orElseThrow().isAfter(today)) {
                problems.put("on", "The date must be today or earlier");
            }
        });
        Long colleague = id(colleagueId);
        if (colleagueId != null
                && !colleagueId.isBlank()
                && (colleague == null || !people.contains(colleague) || colleague.equals(staff))) {
            problems.put("colleagueId", "Choose a colleague other than the member of staff, or leave it blank");
        }
        return problems;
    }

    static @Nullable Long id(@Nullable String text) {
        return text != null && text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : null;
    }

    LocalDate date() {
        return DateField.parse(on).orElseThrow();
    }
}

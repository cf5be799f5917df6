package org.stepline.referrals.web;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.TypedText;

/** The discharge form, as typed. Whether the referral may be discharged that day is the referral's own rule. */
public record DischargeForm(
        @Nullable String endCode, @Nullable String dischargeDate) {

    static DischargeForm onDay(LocalDate today) {
        return new DischargeForm(null, DateField.format(today));
    }

    Map<String, String> problems() {
        var problems = TypedText.problemsOf(this);
        if (endCode == null || endCode.isBlank()) {
            problems.put("endCode", "Choose why the referral is ending");
        }
        DateField.problemWith(dischargeDate, "discharge date", "15/3/2025")
                .ifPresent(problem -> problems.put("dischargeDate", problem));
        return problems;
    }

    LocalDate date() {
        return DateField.parse(dischargeDate).orElseThrow();
    }
}

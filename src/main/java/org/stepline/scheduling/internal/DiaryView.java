package org.stepline.scheduling.internal;

import java.time.LocalDate;
import java.util.List;
import org.stepline.scheduling.internal.DiaryForms.AwayForm;
import org.stepline.scheduling.internal.DiaryForms.ExtraSlotForm;
import org.stepline.scheduling.internal.DiaryForms.WeeklySlotForm;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.web.FormErrors;

/**
 * A practitioner's diary page: the coming days slot by slot, and (for those who may change it) the weekly slots,
 * the one-off changes and the forms to add them. {@code errors} belong to the form that was sent.
 */
public record DiaryView(
        long practitionerId,
        String practitionerName,
        String teamName,
        DiaryAccess access,
        LocalDate from,
        List<Day> days,
        List<WeeklyRow> weekly,
        List<ChangeRow> changes,
        WeeklySlotForm weeklyForm,
        ExtraSlotForm extraForm,
        AwayForm awayForm,
        FormErrors errors) {

    /** One day of the diary. */
    public record Day(String heading, List<Row> rows) {}

    /**
     * One row of a day. {@code state}: Free, Booked or Unavailable; {@code details}: who and what is booked (a
     * link to the record when {@code href} is set), or why the time is unavailable.
     */
    public record Row(String time, String state, String tagClass, String modes, List<Detail> details) {}

    public record Detail(String text, String href) {}

    public record WeeklyRow(long id, String day, String time, String modes, String dates) {}

    public record ChangeRow(long id, String kind, String when, String modes, String reason) {}

    public String base() {
        return "/diary/" + practitionerId;
    }

    public String previousWeek() {
        return base() + "?from=" + from.minusDays(7);
    }

    public String nextWeek() {
        return base() + "?from=" + from.plusDays(7);
    }

    public List<Coded> weekdays() {
        return java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> new Coded(
                        String.valueOf(d.getValue()),
                        d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)))
                .toList();
    }

    public List<ConsultationMechanism> modes() {
        return java.util.Arrays.asList(ConsultationMechanism.values());
    }
}

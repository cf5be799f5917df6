package org.stepline.practice.internal;

import java.util.List;
import java.util.Map;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Recorded contacts by mode over the period ({@code totals}) and month by month ({@code byMonth}, one count per
 * month in {@code months}' order). Every mode is counted the same way.
 */
public record ContactShares(
        List<String> months, Map<ConsultationMechanism, long[]> byMonth, Map<ConsultationMechanism, Long> totals) {

    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }

    public long monthTotal(int month) {
        return byMonth.values().stream().mapToLong(counts -> counts[month]).sum();
    }

    public String share(ConsultationMechanism mode) {
        long all = total();
        return all == 0 ? "no data" : String.format(java.util.Locale.UK, "%.1f%%", 100.0 * totals.get(mode) / all);
    }
}

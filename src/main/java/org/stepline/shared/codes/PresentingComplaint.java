package org.stepline.shared.codes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One of a pathway's presenting complaints (IDS603): its code in canonical form ({@link PresentingProblems}), its
 * significance ({@link #PRIMARY} or {@link #SECONDARY}, null when not given), its date, and the order it was
 * recorded in (the row of an extract).
 */
public record PresentingComplaint(
        String code,
        @Nullable String significance,
        @Nullable LocalDate date,
        long recordedOrder) {

    public static final String PRIMARY = "01";
    public static final String SECONDARY = "02";

    /**
     * NHS England's ranking (dashboard SQL: {@code ORDER BY} coded first, {@code PresCompCodSig},
     * {@code PresCompDate DESC}, the record's id {@code DESC}): a complaint with an ICD-10 code (given, or mapped from
     * SNOMED CT) before one without; primary before secondary, and either before one whose significance is not given;
     * the latest date first, a complaint without a date after those with one; then the last recorded.
     */
    public static final Comparator<PresentingComplaint> RANKING = Comparator.comparing(
                    (PresentingComplaint c) -> PresentingProblems.icd10(c.code()) == null)
            .thenComparing(c -> significanceRank(c.significance()))
            .thenComparing(PresentingComplaint::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(
                    Comparator.comparingLong(PresentingComplaint::recordedOrder).reversed());

    /** The complaint the pathway's anxiety-disorder-specific measure is chosen by; empty when there is none. */
    public static Optional<PresentingComplaint> chosen(List<PresentingComplaint> complaints) {
        return complaints.stream().min(RANKING);
    }

    /** True when {@code candidate} ranks before {@code current} (streaming: the best so far is kept). */
    public static boolean ranksBefore(PresentingComplaint candidate, PresentingComplaint current) {
        return RANKING.compare(candidate, current) < 0;
    }

    private static int significanceRank(@Nullable String significance) {
        if (PRIMARY.equals(significance)) {
            return 0;
        }
        return SECONDARY.equals(significance) ? 1 : 2;
    }
}

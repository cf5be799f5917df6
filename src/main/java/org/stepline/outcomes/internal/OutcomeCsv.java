package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.csv.Csv;

/**
 * Every table of the report as CSV, for use outside the service: every count the small-numbers rule hides
 * ({@link OutcomeSuppression}: numerators and denominators alike, and whatever would give one back by
 * subtraction), and every rate, interval or difference made from one, is {@value #SUPPRESSED}.
 */
public final class OutcomeCsv {

    public static final String SUPPRESSED = org.stepline.shared.SmallNumbers.HIDDEN;

    /** The downloadable tables, by the name used in the address. */
    public enum Table {
        FIGURES("figures"),
        MODES("modes"),
        COMPARISONS("comparisons"),
        CASE_MIX("case-mix"),
        TREND("trend");

        private final String parameter;

        Table(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static Optional<Table> fromParameter(String parameter) {
            return Arrays.stream(values())
                    .filter(t -> t.parameter.equals(parameter))
                    .findFirst();
        }
    }

    private final OutcomeSuppression suppression;

    public OutcomeCsv(OutcomeSuppression suppression) {
        this.suppression = suppression;
    }

    public String write(OutcomeReport report, Table table) {
        List<List<String>> rows = switch (table) {
            case FIGURES -> figures(report.figures());
            case MODES -> figures(report.byMode());
            case COMPARISONS -> comparisons(report);
            case CASE_MIX -> caseMix(report);
            case TREND -> trend(report);
        };
        return Csv.table(rows);
    }

    private List<List<String>> figures(FigureTable table) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                table.grouping().label(),
                "Figure",
                "Numerator",
                "Denominator",
                "RatePercent",
                "Lower95",
                "Upper95",
                "NationalStandardPercent"));
        for (var column : table.columns()) {
            for (Figure figure : table.figures()) {
                FigureValue v = column.value(figure);
                List<String> row = new ArrayList<>(List.of(column.label(), figure.label()));
                row.addAll(value(
                        v,
                        suppression.hidesNumerator(table.grouping(), column, figure),
                        suppression.hidesDenominator(table.grouping(), column, figure)));
                row.add(figure.standard() == null ? "" : number(figure.standard()));
                rows.add(row);
            }
        }
        return rows;
    }

    /** Numerator, denominator, rate and interval; a hidden count and every rate made from it as *. */
    private static List<String> value(FigureValue v, boolean numeratorHidden, boolean denominatorHidden) {
        String numerator = numeratorHidden ? SUPPRESSED : String.valueOf(v.numerator());
        if (v.isCount()) {
            return List.of(numerator, "", "", "", "");
        }
        String denominator = denominatorHidden ? SUPPRESSED : String.valueOf(v.denominator());
        if (numeratorHidden || denominatorHidden) {
            return List.of(numerator, denominator, SUPPRESSED, SUPPRESSED, SUPPRESSED);
        }
        Interval ci = v.interval();
        return List.of(
                numerator,
                denominator,
                number(v.rate()),
                ci == null ? "" : number(ci.lower()),
                ci == null ? "" : number(ci.upper()));
    }

    private List<String> byMode(String mode, Figure figure, FigureValue v) {
        var column = new FigureTable.Column(mode, mode, java.util.Map.of());
        return value(
                v,
                suppression.hidesNumerator(Grouping.TREATMENT_MODE, column, figure),
                suppression.hidesDenominator(Grouping.TREATMENT_MODE, column, figure));
    }

    private List<List<String>> comparisons(OutcomeReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Figure",
                "Compared with",
                "TelephoneNumerator",
                "TelephoneDenominator",
                "TelephoneRatePercent",
                "TelephoneLower95",
                "TelephoneUpper95",
                "OtherNumerator",
                "OtherDenominator",
                "OtherRatePercent",
                "OtherLower95",
                "OtherUpper95",
                "DifferencePoints",
                "DifferenceLower95",
                "DifferenceUpper95"));
        String telephoneMode = org.stepline.shared.codes.ConsultationMechanism.TELEPHONE.code();
        for (var c : report.comparisons()) {
            for (var versus : c.versus()) {
                List<String> row = new ArrayList<>(List.of(c.figure().label(), versus.otherLabel()));
                var telephone = byMode(telephoneMode, c.figure(), c.telephone());
                var other = byMode(versus.otherMode(), c.figure(), versus.other());
                row.addAll(telephone);
                row.addAll(other);
                row.addAll(
                        telephone.contains(SUPPRESSED) || other.contains(SUPPRESSED)
                                ? List.of(SUPPRESSED, SUPPRESSED, SUPPRESSED)
                                : difference(versus));
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> difference(OutcomeReport.Versus versus) {
        var d = versus.difference();
        return d == null
                ? List.of("", "", "")
                : List.of(
                        number(d.estimate()),
                        number(d.interval().lower()),
                        number(d.interval().upper()));
    }

    private List<List<String>> caseMix(OutcomeReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Treatment mode",
                "Pathways",
                "ObservedRecoveries",
                "ExpectedRecoveries",
                "ObservedOverExpected",
                "Lower95",
                "Upper95",
                "CrudeRatePercent",
                "AdjustedRatePercent"));
        for (var r : report.caseMix()) {
            var o = r.result();
            if (suppression.hidesCaseMix(o.mode())) {
                rows.add(List.of(
                        r.label(),
                        SUPPRESSED,
                        SUPPRESSED,
                        SUPPRESSED,
                        SUPPRESSED,
                        SUPPRESSED,
                        SUPPRESSED,
                        SUPPRESSED,
                        SUPPRESSED));
                continue;
            }
            rows.add(List.of(
                    r.label(),
                    String.valueOf(o.pathways()),
                    String.valueOf(o.observed()),
                    plain(o.expected()),
                    o.ratio() == null ? "" : plain(o.ratio()),
                    o.ratioInterval() == null ? "" : plain(o.ratioInterval().lower()),
                    o.ratioInterval() == null ? "" : plain(o.ratioInterval().upper()),
                    number(o.crudeRate()),
                    number(o.adjustedRate())));
        }
        return rows;
    }

    private List<List<String>> trend(OutcomeReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Month", "Treatment mode", "Recovered", "Denominator", "RatePercent", "Lower95", "Upper95"));
        var trend = report.trend();
        trend.modes().forEach((mode, label) -> {
            for (int m = 0; m < trend.months().size(); m++) {
                List<String> row = new ArrayList<>(List.of(trend.months().get(m), label));
                boolean hidden = suppression.hidesTrend(
                        report.period().months().get(m).from().toString(), mode);
                row.addAll(value(trend.recovery().get(mode).get(m), hidden, hidden));
                rows.add(row);
            }
        });
        return rows;
    }

    /** A rate as a percentage with one decimal. */
    private static String number(@Nullable Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

package org.stepline.outcomes.internal;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stepline.identity.StaffDirectory;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.NationalCode;

/** Plain-English names for group keys, and the order groups are shown in. */
@Component
class GroupLabels {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final StaffDirectory staff;

    GroupLabels(StaffDirectory staff) {
        this.staff = staff;
    }

    static String mode(String code) {
        if (OutcomeRules.MIXED.equals(code)) {
            return "Mixed modes";
        }
        return NationalCode.fromCode(ConsultationMechanism.class, code)
                .map(ConsultationMechanism::label)
                .orElse(code);
    }

    /** Labels for keys of one grouping, in display order. */
    Map<String, String> labelled(Grouping grouping, Collection<String> keys) {
        Function<String, String> label = switch (grouping) {
            case TREATMENT_MODE, ASSESSMENT_MODE -> GroupLabels::mode;
            case STEP -> key -> "Step " + key;
            case TEAM -> teamNames()::get;
            case PRACTITIONER -> practitionerNames(keys)::get;
            case MONTH -> key -> key;
        };
        Comparator<String> order = switch (grouping) {
            case TREATMENT_MODE, ASSESSMENT_MODE -> JdbcOutcomeReports.MODE_ORDER;
            case STEP, MONTH -> Comparator.naturalOrder();
            case TEAM, PRACTITIONER -> Comparator.comparing((String key) -> orUnknown(label.apply(key), key));
        };
        return keys.stream()
                .sorted(order)
                .collect(Collectors.toMap(
                        k -> k, k -> orUnknown(label.apply(k), k), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Map<String, String> teamNames() {
        return staff.teams().stream().collect(Collectors.toMap(t -> String.valueOf(t.id()), StaffDirectory.Team::name));
    }

    private Map<String, String> practitionerNames(Collection<String> keys) {
        List<Long> ids = keys.stream().map(Long::valueOf).toList();
        return staff.namesOf(ids).entrySet().stream()
                .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
    }

    private static String orUnknown(String label, String key) {
        return label == null ? "Unknown (" + key + ")" : label;
    }
}

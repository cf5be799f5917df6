package org.stepline.shared.codes;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Presenting problems as they arrive: ICD-10 with or without the dot ({@code F40.0}, {@code F400}, {@code f41.1 }) or a
 * SNOMED CT concept id. Stored in one canonical form: ICD-10 in capitals with the dot after the category, SNOMED CT as
 * its digits. {@link #icd10} reads either as the ICD-10 code the anxiety-disorder-specific measure is chosen by.
 */
public final class PresentingProblems {

    private static final Pattern ICD10 = Pattern.compile("([A-Z][0-9]{2})\\.?([0-9A-Z]{1,4})?");
    private static final Pattern SNOMED = Pattern.compile("[0-9]{6,18}");
    private static final Map<String, String> SNOMED_AS_ICD10 = CodeFiles.entries("presenting-problem-snomed").stream()
            .collect(Collectors.toUnmodifiableMap(Coded::code, Coded::label));

    private PresentingProblems() {}

    /** The canonical form, or null when the text is neither an ICD-10 nor a SNOMED CT code. */
    public static @Nullable String canonical(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (SNOMED.matcher(code).matches()) {
            return code;
        }
        var icd10 = ICD10.matcher(code);
        if (!icd10.matches()) {
            return null;
        }
        return icd10.group(2) == null ? icd10.group(1) : icd10.group(1) + "." + icd10.group(2);
    }

    public static boolean isSnomed(String canonical) {
        return SNOMED.matcher(canonical).matches();
    }

    /**
     * The ICD-10 code (dotted) a problem in any accepted form stands for; a SNOMED CT code through
     * codes/presenting-problem-snomed.csv. Null when there is none: no problem, text that is no code, or a SNOMED CT
     * code Stepline cannot map. Such a complaint counts as not coded when complaints are ranked.
     */
    public static @Nullable String icd10(@Nullable String text) {
        String code = canonical(text);
        if (code == null) {
            return null;
        }
        return isSnomed(code) ? SNOMED_AS_ICD10.get(code) : code;
    }
}

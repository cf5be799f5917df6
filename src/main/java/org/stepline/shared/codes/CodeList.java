package org.stepline.shared.codes;

import java.util.List;
import java.util.Optional;

/**
 * National code lists that carry no behaviour, only codes and labels, read from {@code codes/*.csv} where each file
 * names its source (NHS Data Dictionary, NHS England's dashboard SQL, ICD-10). The presenting-problem list is the
 * short one offered in Stepline's forms; an extract may carry any ICD-10 or SNOMED CT code.
 */
public record CodeList(String name, List<Coded> entries) {

    public Optional<Coded> find(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /** The label for a code, or the code itself when the list does not hold it. */
    public String labelOf(String code) {
        return find(code).map(Coded::label).orElse(code);
    }

    /** A list shipped as {@code codes/NAME.csv} (see {@link CodeFiles}), under its display name. */
    static CodeList shipped(String name, String file) {
        return new CodeList(name, CodeFiles.entries(file));
    }

    public static final CodeList REFERRAL_SOURCE = shipped("Source of referral", "referral-source");

    public static final CodeList END_CODE = shipped("Reason for ending", "end-code");

    public static final CodeList GENDER_IDENTITY = shipped("Gender", "gender-identity");

    public static final CodeList ETHNIC_CATEGORY = shipped("Ethnicity", "ethnic-category");

    public static final CodeList GENDER_SAME_AT_BIRTH = shipped("Gender the same as at birth", "gender-same-at-birth");

    public static final CodeList SEXUAL_ORIENTATION = shipped("Sexual orientation", "sexual-orientation");

    public static final CodeList RELIGION = shipped("Religion or belief", "religion");

    public static final CodeList EMPLOYMENT_STATUS = shipped("Employment status", "employment-status");

    public static final CodeList PRESENTING_PROBLEM = shipped("Presenting problem", "presenting-problem");
}

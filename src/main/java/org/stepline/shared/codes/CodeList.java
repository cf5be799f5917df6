package org.stepline.shared.codes;

import java.util.List;
import java.util.Optional;

/**
 * National code lists that carry no behaviour, only codes and labels. Sources: NHS Data Dictionary (IAPT / NHS
 * Talking Therapies dataset v2), ICD-10. Lists are deliberately short where the national list is long and rarely
 * used in this setting; a code outside a list is still accepted from imported extracts.
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

    private static Coded c(String code, String label) {
        return new Coded(code, label);
    }

    public static final CodeList REFERRAL_SOURCE = new CodeList("Source of referral", List.of(
            c("A1", "GP"),
            c("A3", "Other primary health care"),
            c("B1", "Self-referral"),
            c("B2", "Carer or relative"),
            c("C1", "Local authority or social services"),
            c("D1", "Employer"),
            c("H1", "Acute secondary care"),
            c("P1", "Internal referral from a mental health service")));

    public static final CodeList END_CODE = new CodeList("Reason for ending", List.of(
            c("10", "Not suitable for the service: no action taken or directed back to referrer"),
            c("11", "Not suitable for the service: signposted elsewhere with the patient's agreement"),
            c("12", "Discharged by mutual agreement following advice and support"),
            c("13", "Referred to another therapy service by mutual agreement"),
            c("14", "Suitable for the service, but the patient declined the treatment offered"),
            c("16", "Incomplete assessment (patient dropped out)"),
            c("17", "Deceased (seen but not taken on for a course of treatment)"),
            c("95", "Not known (seen but not taken on for a course of treatment)"),
            c("46", "Mutually agreed completion of treatment"),
            c("47", "Treatment ended earlier than the practitioner planned"),
            c("48", "Treatment ended earlier than the patient requested"),
            c("49", "Deceased (seen and taken on for a course of treatment)"),
            c("96", "Not known (seen and taken on for a course of treatment)"),
            c("50", "Not assessed")));

    public static final CodeList GENDER_IDENTITY = new CodeList("Gender", List.of(
            c("1", "Male (including trans man)"),
            c("2", "Female (including trans woman)"),
            c("3", "Non-binary"),
            c("4", "Other"),
            c("Z", "Not stated"),
            c("X", "Not known")));

    public static final CodeList ETHNIC_CATEGORY = new CodeList("Ethnicity", List.of(
            c("A", "White: British"),
            c("B", "White: Irish"),
            c("C", "White: any other White background"),
            c("D", "Mixed: White and Black Caribbean"),
            c("E", "Mixed: White and Black African"),
            c("F", "Mixed: White and Asian"),
            c("G", "Mixed: any other mixed background"),
            c("H", "Asian or Asian British: Indian"),
            c("J", "Asian or Asian British: Pakistani"),
            c("K", "Asian or Asian British: Bangladeshi"),
            c("L", "Asian or Asian British: any other Asian background"),
            c("M", "Black or Black British: Caribbean"),
            c("N", "Black or Black British: African"),
            c("P", "Black or Black British: any other Black background"),
            c("R", "Other: Chinese"),
            c("S", "Other: any other ethnic group"),
            c("Z", "Not stated"),
            c("99", "Not known")));

    public static final CodeList PRESENTING_PROBLEM = new CodeList("Presenting problem", List.of(
            c("F32", "Depressive episode"),
            c("F33", "Recurrent depressive disorder"),
            c("F41.1", "Generalised anxiety disorder"),
            c("F41.2", "Mixed anxiety and depressive disorder"),
            c("F41.0", "Panic disorder"),
            c("F40.0", "Agoraphobia"),
            c("F40.1", "Social anxiety disorder"),
            c("F40.2", "Specific phobia"),
            c("F42", "Obsessive-compulsive disorder"),
            c("F43.1", "Post-traumatic stress disorder"),
            c("F45.2", "Health anxiety"),
            c("F43.2", "Adjustment disorder")));
}

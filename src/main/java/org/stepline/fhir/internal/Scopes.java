package org.stepline.fhir.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SMART Backend Services system scopes: {@code system/<Resource>.read} or {@code .write}, or {@code system/*.read}.
 * {@code system/Outcomes.read} opens the JSON outcome endpoints under {@code /api}.
 */
public final class Scopes {

    /** Resource types the API serves, in the order the administrator's page lists them. */
    public static final List<String> READABLE = List.of(
            "Patient",
            "EpisodeOfCare",
            "Condition",
            "Encounter",
            "Appointment",
            "Questionnaire",
            "QuestionnaireResponse",
            "Observation",
            "Flag");

    public static final List<String> WRITABLE = List.of("QuestionnaireResponse", "Observation");
    public static final String OUTCOMES = "system/Outcomes.read";
    public static final String EXPORT = "system/*.read";

    private Scopes() {}

    /** Every scope an administrator may grant. */
    public static List<String> grantable() {
        var all = new ArrayList<String>();
        all.add(EXPORT);
        READABLE.forEach(type -> all.add("system/" + type + ".read"));
        WRITABLE.forEach(type -> all.add("system/" + type + ".write"));
        all.add(OUTCOMES);
        return all;
    }

    /** Whether the granted scopes allow the access ("read" or "write") to the resource type. */
    public static boolean allows(Set<String> granted, String resourceType, String access) {
        return granted.contains("system/" + resourceType + "." + access) || granted.contains("system/*." + access);
    }

    /** The scopes that are not grantable, to name in an error. */
    public static Set<String> unknown(Iterable<String> requested) {
        var unknown = new LinkedHashSet<String>();
        var grantable = grantable();
        requested.forEach(s -> {
            if (!grantable.contains(s)) {
                unknown.add(s);
            }
        });
        return unknown;
    }
}

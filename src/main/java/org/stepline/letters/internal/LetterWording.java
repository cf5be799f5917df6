package org.stepline.letters.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.formulation.KeptFormulations.KeptFormulation;
import org.stepline.outcomes.PathwayResult;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.Step;

/** The plain-English sentences of a GP letter, each a small pure function of what the record holds. */
final class LetterWording {

    /** EndCodes of pathways ended after a course of treatment, as planned or earlier. */
    private static final Set<String> TREATED = Set.of("46", "47", "48", "96");

    private static final Set<String> DECEASED = Set.of("17", "49");

    private LetterWording() {}

    static String step(int step) {
        return switch (step) {
            case 2 -> "Step 2: low-intensity psychological treatment";
            case 3 -> "Step 3: high-intensity psychological therapy";
            default -> Step.label(step);
        };
    }

    static String plannedTreatment(int step) {
        return switch (step) {
            case 2 ->
                "Planned treatment: guided self-help based on cognitive behavioural therapy, usually 6 to 8 sessions.";
            case 3 ->
                "Planned treatment: a course of psychological therapy, such as cognitive behavioural therapy, "
                        + "usually up to 20 sessions.";
            default -> "Planned treatment: as agreed with the patient at step " + step + ".";
        };
    }

    static String problem(@Nullable String code) {
        return code == null ? "Not recorded yet" : CodeList.PRESENTING_PROBLEM.labelOf(code) + " (ICD-10 " + code + ")";
    }

    static String score(@Nullable Integer total, @Nullable String band) {
        if (total == null) {
            return "not recorded";
        }
        return band == null ? String.valueOf(total) : total + " (" + band.toLowerCase(java.util.Locale.UK) + ")";
    }

    /** Attended contacts by mode, every mode written the same way, e.g. "Telephone: 3 sessions". */
    static List<String> modes(Map<ConsultationMechanism, Integer> attended) {
        List<String> lines = new ArrayList<>();
        attended.forEach(
                (mode, count) -> lines.add(mode.label() + ": " + count + (count == 1 ? " session" : " sessions")));
        return lines.isEmpty() ? List.of("No sessions attended yet") : lines;
    }

    /** The national outcome in words, strongest first; null when the pathway's outcome is not known. */
    static @Nullable String outcome(@Nullable PathwayResult result) {
        if (result == null) {
            return null;
        }
        if (!result.completedTreatment()) {
            return "Not measured: the national outcome measures apply after two or more treatment sessions, and "
                    + (result.treatmentContacts() == 1
                            ? "there was one."
                            : "there were " + result.treatmentContacts() + ".");
        }
        if (result.reliableDeterioration()) {
            return "Reliably deteriorated: the scores got worse by more than the measures' margin of error.";
        }
        if (result.notCaseness()) {
            return "Scores were below the clinical threshold at the start, so recovery is not measured."
                    + (result.reliableImprovement() ? " The scores reliably improved." : "");
        }
        if (result.reliableRecovery()) {
            return "Reliably recovered: scores moved from above to below the clinical threshold and improved by more "
                    + "than the measures' margin of error.";
        }
        if (result.recovery()) {
            return "Recovered: scores moved from above to below the clinical threshold.";
        }
        if (result.reliableImprovement()) {
            return "Reliably improved: the scores improved by more than the measures' margin of error, but are not yet "
                    + "below the clinical threshold.";
        }
        return "No reliable change in the scores.";
    }

    /** What happens next, by the reason the pathway ended. */
    static List<String> dischargePlan(String endCode, String givenName) {
        List<String> plan = new ArrayList<>();
        plan.add("Reason for ending: " + CodeList.END_CODE.labelOf(endCode) + ".");
        if (DECEASED.contains(endCode)) {
            return plan;
        }
        if ("46".equals(endCode)) {
            plan.add("Advice: " + givenName + " has been encouraged to keep using the skills learned in treatment, "
                    + "following their plan for staying well.");
        } else if (TREATED.contains(endCode)) {
            plan.add("Advice: treatment ended earlier than planned. " + givenName
                    + " is welcome to contact the service again if they would like to continue.");
        } else {
            plan.add("Advice: " + givenName + " was not taken on for a course of treatment here; please consider "
                    + "other support if their difficulties continue.");
        }
        plan.add("If difficulties return, " + givenName + " can refer themselves again, or you can refer them.");
        return plan;
    }

    /** The kept formulation as the letter gives it: what it is, each box with its entries, and the attribution. */
    static LetterContent.SharedFormulation sharedFormulation(KeptFormulation kept, String givenName) {
        String about =
                givenName + " and their practitioner drew this formulation together in their sessions, using the "
                        + kept.modelName() + " model (version " + kept.number() + ", kept on "
                        + ServiceTime.date(ServiceTime.dateOf(kept.keptAt())) + "). It is included with " + givenName
                        + "'s agreement.";
        return new LetterContent.SharedFormulation(
                about,
                kept.boxes().stream()
                        .map(b -> new LetterContent.SharedFormulation.Box(b.label(), b.entries()))
                        .toList(),
                kept.attribution());
    }
}

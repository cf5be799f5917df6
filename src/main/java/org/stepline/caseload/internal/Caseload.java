package org.stepline.caseload.internal;

import java.util.List;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.shared.codes.Coded;
import org.stepline.supervision.SupervisionAction;

/** Whose caseload is shown, its rows in order of attention, and (for supervisors) whom else they may choose. */
public record Caseload(
        StaffMember practitioner,
        List<CaseloadRow> rows,
        List<StaffMember> choices,
        boolean ownCaseload,
        List<OpenAction> actions) {

    /** An action from supervision the practitioner owns and has not yet marked done. */
    public record OpenAction(SupervisionAction action, String patientName) {}

    public long patientCount() {
        return rows.stream().mapToLong(CaseloadRow::patientId).distinct().count();
    }

    /** The clinicians a supervisor may choose between, as options of a select. */
    public List<Coded> choiceOptions() {
        return choices.stream()
                .map(member -> new Coded(String.valueOf(member.id()), member.displayName()))
                .toList();
    }
}

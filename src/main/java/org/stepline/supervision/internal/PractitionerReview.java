package org.stepline.supervision.internal;

import java.util.List;
import org.stepline.identity.StaffDirectory.StaffMember;

/** One clinician's open referrals for supervision: flagged first, most urgent first, then the rest. */
public record PractitionerReview(StaffMember practitioner, boolean ownCaseload, List<ReviewRow> rows) {

    public List<ReviewRow> flagged() {
        return rows.stream().filter(ReviewRow::flagged).toList();
    }

    public List<ReviewRow> others() {
        return rows.stream().filter(row -> !row.flagged()).toList();
    }
}

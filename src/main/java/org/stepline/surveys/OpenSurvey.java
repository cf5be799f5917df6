package org.stepline.surveys;

import java.time.LocalDate;

/** A survey round a member of staff may answer now, for their caseload page. */
public record OpenSurvey(long roundId, String title, LocalDate closesOn, boolean answered) {

    public String href() {
        return "/surveys/" + roundId + "/answer";
    }
}

package org.stepline.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.CurrentStaff;

/**
 * Staff surveys for other modules: the rounds someone may answer now (caseload), a group's latest results
 * (practice page), and past rounds brought in whole (the demo service). Nothing here returns one person's answers.
 */
public interface StaffSurveys {

    List<OpenSurvey> openFor(CurrentStaff staff);

    /** The latest closed round shown for the team (or, with null, for the service); empty when none has 5 answers. */
    Optional<LatestSurvey> latest(@Nullable Long teamId);

    /**
     * A round that has already closed, with who answered and the answers (each with the respondent's team), as
     * another system or the demo holds them. The answers are written in random order and the round sealed at once.
     */
    long recordClosedRound(PastRound round);

    record PastRound(
            String title,
            LocalDate opensOn,
            LocalDate closesOn,
            Set<Long> teamIds,
            long openedBy,
            Set<Long> respondents,
            List<TeamAnswers> answers) {}

    record TeamAnswers(long teamId, SurveyAnswers answers) {}
}

package org.stepline.surveys;

import java.time.LocalDate;
import java.util.List;

/** The NoMAD constructs of a group's latest closed round with enough answers to show, for the practice page. */
public record LatestSurvey(
        long roundId, String title, LocalDate closedOn, int respondents, List<ConstructResult> constructs) {}

package org.stepline.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stepline.measures.Instrument;
import org.stepline.measures.Instrument.AnswerOption;
import org.stepline.measures.Instrument.Band;
import org.stepline.measures.Instrument.Item;
import org.stepline.measures.Instrument.RiskRule;
import org.stepline.measures.Instrument.Scoring;
import org.stepline.measures.ScoringRule;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientHeadline;
import org.stepline.patients.PreferredPhone;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/** What the slice tests' mocks return: a patient in the signed-in clinician's team, reached by telephone, and a questionnaire. */
public final class SliceFixtures {

    public static final long ADA_ID = 1042;
    public static final NhsNumber ADA_NHS_NUMBER = NhsNumber.parse("943 476 5919");
    public static final LocalDate ADA_BORN = LocalDate.of(1984, 3, 15);
    public static final PatientHeadline ADA =
            new PatientHeadline(ADA_ID, "Ada", "Lovelace", ADA_NHS_NUMBER, ADA_BORN, WebSliceTest.MY_TEAM);
    public static final PatientDetails ADAS_DETAILS = new PatientDetails(
            ADA_NHS_NUMBER,
            "Ada",
            "Lovelace",
            ADA_BORN,
            "2",
            "A",
            "LS1 4AP",
            null,
            null,
            "07700 900123",
            null,
            PreferredPhone.MOBILE,
            false,
            "Weekdays after 6pm",
            null,
            ConsultationMechanism.TELEPHONE,
            true);

    /** PHQ-9 cut down to its first and last (risk) questions: enough to draw and bind the measures pages. */
    public static final Instrument SHORT_PHQ9 = new Instrument(
            "PHQ9",
            "PHQ-9",
            "Patient Health Questionnaire",
            "depression",
            "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
            "Developed by Drs Spitzer, Williams, Kroenke and colleagues.",
            "public-domain",
            Map.of(),
            List.of(
                    new AnswerOption(0, "Not at all"), new AnswerOption(1, "Several days"),
                    new AnswerOption(2, "More than half the days"), new AnswerOption(3, "Nearly every day")),
            List.of(
                    new Item(1, "Little interest or pleasure in doing things", null, null, null, null),
                    new Item(
                            9,
                            "Thoughts that you would be better off dead, or of hurting yourself",
                            null,
                            null,
                            null,
                            null)),
            new Scoring(ScoringRule.SUM, 0, 6),
            List.of(new Band(0, 2, "Minimal"), new Band(3, 6, "Raised")),
            3,
            2,
            List.of(new RiskRule(9, 0, "PHQ-9 item 9 answered above 0")));

    private SliceFixtures() {}
}

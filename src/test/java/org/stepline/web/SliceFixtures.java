package org.stepline.web;

import java.time.LocalDate;

import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientHeadline;
import org.stepline.patients.PreferredPhone;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/** The patient the slice tests' mocks return: in the signed-in clinician's team, reached by telephone. */
public final class SliceFixtures {

    public static final long ADA_ID = 1042;
    public static final NhsNumber ADA_NHS_NUMBER = NhsNumber.parse("943 476 5919");
    public static final LocalDate ADA_BORN = LocalDate.of(1984, 3, 15);
    public static final PatientHeadline ADA = new PatientHeadline(ADA_ID, "Ada", "Lovelace", ADA_NHS_NUMBER, ADA_BORN,
            WebSliceTest.MY_TEAM);
    public static final PatientDetails ADAS_DETAILS = new PatientDetails(ADA_NHS_NUMBER, "Ada", "Lovelace", ADA_BORN,
            "2", "A", "LS1 4AP", null, null, "07700 900123", null, PreferredPhone.MOBILE, false,
            "Weekdays after 6pm", null, ConsultationMechanism.TELEPHONE, true);

    private SliceFixtures() {
    }
}

package org.stepline.letters;

import java.time.Instant;
import org.stepline.shared.ServiceTime;

/** A letter as listed on the record: never its content, which is downloaded as the PDF. */
public record GpLetterSummary(long id, long patientId, long referralId, String kind, String title, Instant createdAt) {

    public String written() {
        return ServiceTime.dateTime(createdAt);
    }

    public boolean isDischarge() {
        return "DISCHARGE".equals(kind);
    }

    /** The discharge letter's page: its preview, and writing it again (with the shared formulation, if chosen). */
    public String dischargeLetterPath() {
        return "/referrals/" + referralId + "/discharge-letter";
    }

    public String downloadPath() {
        return "/patients/" + patientId + "/letters/" + id;
    }
}

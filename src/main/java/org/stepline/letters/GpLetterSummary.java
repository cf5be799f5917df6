package org.stepline.letters;

import java.time.Instant;

import org.stepline.shared.ServiceTime;

/** A letter as listed on the record: never its content, which is downloaded as the PDF. */
public record GpLetterSummary(long id, long patientId, long referralId, String kind, String title, Instant createdAt) {

    public String written() {
        return ServiceTime.dateTime(createdAt);
    }

    public String downloadPath() {
        return "/patients/" + patientId + "/letters/" + id;
    }
}

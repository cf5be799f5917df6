package org.stepline.letters;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.ServiceTime;

/**
 * A letter as listed on the record: never its content, which is downloaded as the PDF. {@code replacedAt} is when a
 * later discharge letter of the same referral was written (the earlier one stays on the record: it may have been
 * sent), else null.
 */
public record GpLetterSummary(
        long id,
        long patientId,
        long referralId,
        String kind,
        String title,
        Instant createdAt,
        @Nullable Instant replacedAt) {

    public String written() {
        return ServiceTime.dateTime(createdAt);
    }

    /** When the later discharge letter that replaces this one was written; empty when none does. */
    public String replaced() {
        return replacedAt == null ? "" : ServiceTime.dateTime(replacedAt);
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

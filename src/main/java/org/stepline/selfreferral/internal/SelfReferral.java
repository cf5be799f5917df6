package org.stepline.selfreferral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/** A sent self-referral: who, for which team, whether urgent, the choice of mode made, its answers and its triage. */
public record SelfReferral(
        long id,
        long teamId,
        Instant submittedAt,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        @Nullable NhsNumber nhsNumber,
        boolean urgent,
        List<ConsultationMechanism> modesOffered,
        ConsultationMechanism preferredMode,
        Status status,
        @Nullable Long patientId,
        @Nullable Long referralId,
        @Nullable String endCode,
        Map<String, String> answers) {

    public enum Status {
        NEW,
        ACCEPTED,
        CLOSED,
        NOT_GENUINE
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public String answer(String question) {
        return answers.getOrDefault(question, "");
    }

    public @Nullable String given(String question) {
        String value = answers.get(question);
        return value == null || value.isBlank() ? null : value;
    }
}

package org.stepline.scheduling.internal;

import org.stepline.shared.codes.NationalCode;

/** What happened when the practitioner rang the patient. Stored by name in {@code call_attempt.outcome}. */
public enum CallOutcome implements NationalCode {
    ANSWERED("Answered"),
    NO_ANSWER("No answer"),
    VOICEMAIL_LEFT("Voicemail left"),
    WRONG_NUMBER("Wrong number");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}

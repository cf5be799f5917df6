package org.stepline.messaging;

/** How a message reaches a patient. */
public enum MessageChannel {
    SMS("Text message", "text messages"),
    EMAIL("Email", "emails");

    private final String label;
    private final String plural;

    MessageChannel(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    /** As in "does not want text messages". */
    public String plural() {
        return plural;
    }
}

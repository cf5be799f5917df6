package org.stepline.audit;

/** What was done: a record read, created or changed, access refused, or an administrative change. */
public enum AuditAction {
    VIEW("Viewed"),
    CREATE("Created"),
    UPDATE("Changed"),
    DENIED("Access refused"),
    ADMIN("Administration");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

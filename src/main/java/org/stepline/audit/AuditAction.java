package org.stepline.audit;

/**
 * What was done: a record read, created or changed, access refused, an administrative change, or figures or records
 * taken out of Stepline (a CSV download, the command line's export or report), or signing in and out.
 */
public enum AuditAction {
    VIEW("Viewed"),
    CREATE("Created"),
    UPDATE("Changed"),
    DENIED("Access refused"),
    ADMIN("Administration"),
    EXPORT("Taken out of Stepline"),
    SIGN_IN("Signing in and out");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

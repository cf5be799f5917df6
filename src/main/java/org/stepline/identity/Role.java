package org.stepline.identity;

/** What a member of staff may do. Practitioners and supervisors work with their own team's patients only. */
public enum Role {
    ADMIN("Administrator"),
    PRACTITIONER("Practitioner"),
    SUPERVISOR("Supervisor"),
    MANAGER("Service manager");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Clinicians see patient records; managers see aggregates; administrators manage accounts. */
    public boolean isClinician() {
        return this == PRACTITIONER || this == SUPERVISOR;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

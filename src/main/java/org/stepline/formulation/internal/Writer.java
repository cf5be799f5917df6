package org.stepline.formulation.internal;

/** Who wrote an entry or holds a connection: the two people at the board. */
public enum Writer {
    PRACTITIONER("Practitioner"),
    PATIENT("Patient");

    private final String label;

    Writer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

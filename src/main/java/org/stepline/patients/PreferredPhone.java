package org.stepline.patients;

/** Which of the patient's numbers to call first. */
public enum PreferredPhone {
    MOBILE("Mobile"),
    LANDLINE("Landline");

    private final String label;

    PreferredPhone(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

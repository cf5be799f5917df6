package org.stepline.letters.internal;

/** When a letter to the GP is written. */
public enum LetterKind {
    ASSESSMENT("Assessment letter to the GP", "Assessment summary"),
    DISCHARGE("Discharge letter to the GP", "Discharge summary");

    private final String title;
    private final String heading;

    LetterKind(String title, String heading) {
        this.title = title;
        this.heading = heading;
    }

    public String title() {
        return title;
    }

    public String heading() {
        return heading;
    }
}

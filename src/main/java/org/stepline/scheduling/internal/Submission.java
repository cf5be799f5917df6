package org.stepline.scheduling.internal;

import java.util.Map;

import org.stepline.shared.web.FormErrors;

/** The answer to a submitted form: saved (go back to the patient's record) or refused (show the form again). */
public sealed interface Submission<V, F> {

    /** The page drawing a form: what it is about, the form as typed, and the problems found. */
    record Page<V, F>(V view, F form, FormErrors errors) {
    }

    record Saved<V, F>(long patientId, String message) implements Submission<V, F> {
    }

    record Refused<V, F>(Page<V, F> page) implements Submission<V, F> {
    }

    static <V, F> Submission<V, F> refused(V view, F form, Map<String, String> problems) {
        return new Refused<>(new Page<>(view, form, new FormErrors(problems)));
    }
}

package org.stepline.shared.web;

import org.springframework.ui.Model;

/** The page drawing a form: what it is about ({@code view}), the form as typed, and the problems found. */
public record FormPage<V, F>(V view, F form, FormErrors errors) {

    /** A form not yet submitted: no problems. */
    public static <V, F> FormPage<V, F> of(V view, F form) {
        return new FormPage<>(view, form, FormErrors.NONE);
    }

    /** Puts {@code view}, {@code form} and {@code errors} in the model, as the templates read them. */
    public String draw(Model model, String template) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return template;
    }
}

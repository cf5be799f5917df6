package org.stepline.shared.web;

import java.util.Map;
import java.util.function.Function;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What became of a submitted form, the one answer every service gives a controller: saved (the flash message and
 * where to redirect) or refused (the page model to draw again, with the form as typed and its {@link FormErrors}).
 * A controller hands it to {@link #answer}, which makes the redirect or draws the page.
 *
 * @param <P> the page model drawn again when the form is refused (often a {@link FormPage})
 */
public sealed interface FormResult<P> {

    /** Saved: post–redirect–get to {@code goTo}, the {@code message} shown once there ({@link Flash}). */
    record Saved<P>(String message, String goTo) implements FormResult<P> {}

    /** Refused: the page drawn again, holding what was typed and the problems found. */
    record Refused<P>(P page) implements FormResult<P> {}

    static <P> FormResult<P> saved(String message, String goTo) {
        return new Saved<>(message, goTo);
    }

    static <P> FormResult<P> refused(P page) {
        return new Refused<>(page);
    }

    /** Refused, with the usual page: what the form is about, the form as typed, and each field's problem. */
    static <V, F> FormResult<FormPage<V, F>> refused(V view, F form, Map<String, String> problems) {
        return new Refused<>(new FormPage<>(view, form, new FormErrors(problems)));
    }

    /** The same answer, a refusal's page turned into another page model. */
    default <Q> FormResult<Q> mapRefused(Function<? super P, ? extends Q> page) {
        return switch (this) {
            case Saved<P> saved -> new Saved<>(saved.message(), saved.goTo());
            case Refused<P> refused -> new Refused<>(page.apply(refused.page()));
        };
    }

    /** The same answer, a saved one going to {@code goTo} instead. */
    default FormResult<P> goingTo(String goTo) {
        return switch (this) {
            case Saved<P> saved -> new Saved<>(saved.message(), goTo);
            case Refused<P> refused -> refused;
        };
    }

    /** The controller's answer: a redirect with the flash message, or the view that {@code redraw} fills in. */
    default String answer(RedirectAttributes redirect, Function<? super P, String> redraw) {
        return switch (this) {
            case Saved<P> saved -> Flash.redirect(redirect, saved.message(), saved.goTo());
            case Refused<P> refused -> redraw.apply(refused.page());
        };
    }
}

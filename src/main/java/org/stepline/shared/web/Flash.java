package org.stepline.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Post–redirect–get: a confirmation shown once on the page redirected to. */
public final class Flash {

    public static final String ATTRIBUTE = "flash";

    private Flash() {}

    public static String redirect(RedirectAttributes attributes, String message, String to) {
        attributes.addFlashAttribute(ATTRIBUTE, message);
        return "redirect:" + to;
    }
}

package org.stepline.platform;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.stepline.shared.web.TypedText;

/**
 * Single request parameters and path variables read as text ({@code @RequestParam String note}) are refused, as a
 * 400 page, when they hold what {@link TypedText} refuses or are far too long. Form records are not touched here:
 * their text is checked by the form itself, so that the message is shown next to the field.
 */
@ControllerAdvice
class RequestParameters {

    static final int LONGEST = TypedText.Kind.NOTE.longest();

    @InitBinder
    void refuseUnreadableText(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            binder.registerCustomEditor(String.class, new Refusing());
        }
    }

    private static final class Refusing extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && (text.length() > LONGEST || TypedText.hasForbiddenCharacter(text, true))) {
                throw new IllegalArgumentException("Unreadable text in a request parameter");
            }
            setValue(text);
        }
    }
}

package org.stepline.patients.web;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** The patient search box as typed. */
record SearchForm(
        @TypedText.Field(value = TypedText.Kind.LINE, label = "search") @Nullable
        String q) {

    FormErrors check() {
        return new FormErrors(TypedText.problemsOf(this));
    }

    boolean searched() {
        return q != null && !q.isBlank();
    }
}

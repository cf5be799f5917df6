package org.stepline.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Field errors in the shape the templates draw: field name to message, in the order found. */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    public static FormErrors of(BindingResult result) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            map.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        return new FormErrors(map);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }
}

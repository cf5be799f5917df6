package org.stepline.shared.codes;

import java.util.HashMap;
import java.util.Map;

/** Each code list's constants by code, built once per enum: lookups happen for every row read. */
final class CodeIndex {

    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(((NationalCode) constant).code(), constant);
            }
            return Map.copyOf(byCode);
        }
    };

    private CodeIndex() {}

    static Object find(Class<?> type, String code) {
        return code == null ? null : BY_CODE.get(type).get(code);
    }
}

package org.stepline.formulation.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.formulation.internal.BoardEditing.Outcome;
import org.stepline.formulation.internal.Change;
import org.stepline.shared.web.Flash;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer for a change to a board, in one transaction with its access check and audit entry: JSON for the
 * board's script ({@code Accept: application/json}), otherwise post–redirect–get back to the board. A problem with
 * what was typed is a 400 with the message (the script shows it next to the field and keeps the text).
 */
final class Replies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Replies() {}

    static Object of(
            TransactionTemplate transactions,
            Supplier<Outcome> change,
            String accept,
            String board,
            RedirectAttributes redirect) {
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
        Outcome outcome;
        try {
            outcome = transactions.execute(status -> change.get());
        } catch (IllegalArgumentException e) {
            if (json) {
                return ResponseEntity.badRequest()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(Map.of("error", e.getMessage())));
            }
            return Flash.redirect(redirect, e.getMessage(), board);
        }
        if (!json) {
            return Flash.redirect(redirect, outcome.message(), board);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", outcome.message());
        body.put(
                "changes",
                outcome.changes().stream().map(Change::json).map(JSON::readTree).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }

    static long after(String lastEventId, Long after) {
        long fromHeader = lastEventId == null || !lastEventId.matches("\\d{1,18}") ? 0 : Long.parseLong(lastEventId);
        return Math.max(fromHeader, after == null ? 0 : after);
    }
}

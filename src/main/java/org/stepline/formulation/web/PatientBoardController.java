package org.stepline.formulation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.formulation.internal.BoardEditing;
import org.stepline.formulation.internal.LiveBoards;
import org.stepline.formulation.internal.Participant;
import org.stepline.formulation.internal.Sharing;
import org.stepline.formulation.internal.Writer;
import org.stepline.shared.web.BirthDateFields;

/**
 * The patient's side: {@code /join} with the code read out on the call and their date of birth, then the board at
 * {@code /join/board}. The browser holds a random token in a cookie (any node can serve it); the patient sees the
 * board and their first name, nothing else of the record.
 */
@Controller
@ConditionalOnWebApplication // LiveBoards runs only on the server, not in commands
class PatientBoardController {

    static final String COOKIE = "stepline_board";
    private static final String ACTOR = "patient (formulation board)";

    private final Sharing sharing;
    private final BoardEditing boards;
    private final LiveBoards live;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final org.stepline.formulation.internal.CopyLinks copies;

    PatientBoardController(
            Sharing sharing,
            BoardEditing boards,
            LiveBoards live,
            AuditTrail audit,
            TransactionTemplate transactions,
            org.stepline.formulation.internal.CopyLinks copies) {
        this.copies = copies;
        this.sharing = sharing;
        this.boards = boards;
        this.live = live;
        this.audit = audit;
        this.transactions = transactions;
    }

    @GetMapping("/join")
    String joinPage(Model model) {
        return joinForm("", new BirthDateFields("", "", ""), null, null, model);
    }

    @PostMapping("/join")
    String join(
            @RequestParam(defaultValue = "") String code,
            BirthDateFields birth,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return joined(code, birth, null, request, response, model);
    }

    /** The link sent by text message or e-mail: it still asks for the date of birth. */
    @GetMapping("/join/link/{token}")
    String linkPage(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!sharing.linkUsable(token)) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", "LINK");
            return "formulation/patient-ended";
        }
        joinForm("", new BirthDateFields("", "", ""), null, null, model);
        model.addAttribute("linkToken", token);
        return "formulation/patient-join";
    }

    @PostMapping("/join/link/{token}")
    String joinByLink(
            @PathVariable String token,
            BirthDateFields birth,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return joined("", birth, token, request, response, model);
    }

    /** By the code typed ({@code linkToken} null) or by the link: the same rules, the same answers. */
    private String joined(
            String code,
            BirthDateFields birth,
            String linkToken,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("linkToken", linkToken);
        java.time.LocalDate date;
        try {
            date = birth.date();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return joinForm(code, birth, null, e.getMessage(), model);
        }
        var result = linkToken == null
                ? sharing.join(code, date, request.getRemoteAddr())
                : sharing.joinByLink(linkToken, date, request.getRemoteAddr());
        if (!result.ok()) {
            response.setStatus(
                    result.kind() == org.stepline.formulation.internal.JoinResult.Kind.TOO_MANY_TRIES ? 429 : 400);
            boolean aboutBirthDate =
                    result.kind() == org.stepline.formulation.internal.JoinResult.Kind.WRONG_BIRTH_DATE;
            return joinForm(
                    code,
                    birth,
                    aboutBirthDate ? null : result.message(),
                    aboutBirthDate ? result.message() : null,
                    model);
        }
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(COOKIE, result.token())
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite("Strict")
                        .path("/join")
                        .maxAge(Duration.ofHours(1))
                        .build()
                        .toString());
        return "redirect:/join/board";
    }

    /** The patient's copy of a kept version, behind a one-time link. */
    @GetMapping("/join/copy/{token}")
    String copy(@PathVariable String token, Model model, HttpServletResponse response) {
        var copy = copies.open(token);
        if (copy.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "formulation/copy-used";
        }
        model.addAttribute("firstName", copy.get().firstName());
        model.addAttribute("version", copy.get().version());
        return "formulation/copy";
    }

    @GetMapping("/join/board")
    String board(
            @CookieValue(value = COOKIE, defaultValue = "") String token, Model model, HttpServletResponse response) {
        var participant = sharing.participant(token);
        if (participant.isEmpty()) {
            return ended(token, model, response);
        }
        var who = participant.get();
        transactions.executeWithoutResult(status -> audit.recordBy(
                ACTOR,
                who.patientId(),
                AuditAction.VIEW,
                "Viewed the formulation board (board " + who.boardId() + ")"));
        model.addAttribute("firstName", who.firstName());
        model.addAttribute("view", boards.view(who.boardId()));
        model.addAttribute("endsAt", who.sharingEndsAt());
        return "formulation/patient-board";
    }

    @GetMapping("/join/board/status")
    @ResponseBody
    ResponseEntity<String> status(@CookieValue(value = COOKIE, defaultValue = "") String token) {
        boolean usable = sharing.participant(token).isPresent();
        String body =
                usable ? "{\"usable\":true}" : "{\"usable\":false,\"reason\":\"" + sharing.whyNotUsable(token) + "\"}";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping(path = "/join/board/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    ResponseEntity<SseEmitter> events(
            @CookieValue(value = COOKIE, defaultValue = "") String token,
            @RequestParam(required = false) Long after,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        var participant = sharing.participant(token);
        if (participant.isEmpty()) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
        var who = participant.get();
        return ResponseEntity.ok(
                live.open(who.boardId(), Writer.PATIENT, Replies.after(lastEventId, after), who.sharingEndsAt()));
    }

    @PostMapping("/join/board/entries")
    Object add(
            @CookieValue(value = COOKIE, defaultValue = "") String token,
            @RequestParam String box,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String clientId,
            @RequestHeader(value = "Accept", defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return change(
                token,
                accept,
                redirect,
                who -> boards.add(who.boardId(), box, text, Writer.PATIENT, clientId),
                "Added an entry");
    }

    @PostMapping("/join/board/entries/{entryId}")
    Object edit(
            @CookieValue(value = COOKIE, defaultValue = "") String token,
            @PathVariable long entryId,
            @RequestParam int version,
            @RequestParam(required = false) String text,
            @RequestHeader(value = "Accept", defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return change(
                token,
                accept,
                redirect,
                who -> boards.edit(who.boardId(), entryId, version, text, Writer.PATIENT),
                "Changed an entry");
    }

    @PostMapping("/join/board/entries/{entryId}/remove")
    Object remove(
            @CookieValue(value = COOKIE, defaultValue = "") String token,
            @PathVariable long entryId,
            @RequestParam int version,
            @RequestHeader(value = "Accept", defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return change(
                token, accept, redirect, who -> boards.remove(who.boardId(), entryId, version), "Removed an entry");
    }

    private Object change(
            String token,
            String accept,
            RedirectAttributes redirect,
            java.util.function.Function<Participant, BoardEditing.Outcome> change,
            String what) {
        Optional<Participant> participant = sharing.participant(token);
        if (participant.isEmpty()) {
            return ResponseEntity.status(HttpStatus.GONE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"error\":\"Sharing has ended\",\"ended\":true}");
        }
        var who = participant.get();
        return Replies.of(
                transactions,
                () -> {
                    audit.recordBy(
                            ACTOR,
                            who.patientId(),
                            AuditAction.UPDATE,
                            what + " (formulation board " + who.boardId() + ")");
                    return change.apply(who);
                },
                accept,
                "/join/board",
                redirect);
    }

    private String ended(String token, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("reason", token.isEmpty() ? "UNKNOWN" : sharing.whyNotUsable(token));
        return "formulation/patient-ended";
    }

    private String joinForm(String code, BirthDateFields birth, String codeError, String birthError, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("form", birth);
        model.addAttribute("codeError", codeError);
        model.addAttribute("birthError", birthError);
        return "formulation/patient-join";
    }
}

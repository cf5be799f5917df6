package org.stepline.formulation.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.formulation.internal.BoardEditing;
import org.stepline.formulation.internal.LiveBoards;
import org.stepline.formulation.internal.ModelCatalogue;
import org.stepline.formulation.internal.Sharing;
import org.stepline.formulation.internal.StaffBoards;
import org.stepline.formulation.internal.Versions;
import org.stepline.formulation.internal.Writer;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.PatientLinks;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.Flash;

/** The practitioner's board: opened from a referral (the record, the telephone session, a video contact). */
@Controller
@ConditionalOnWebApplication // LiveBoards runs only on the server, not in commands
class StaffBoardController {

    private static final String JSON_OR_HTML = "Accept";

    private final StaffBoards staff;
    private final BoardEditing boards;
    private final Sharing sharing;
    private final LiveBoards live;
    private final ModelCatalogue models;
    private final Versions versions;
    private final TransactionTemplate transactions;
    private final ContactHistory contacts;
    private final org.stepline.formulation.internal.CopyLinks copies;
    private final PatientLinks links;

    StaffBoardController(
            StaffBoards staff,
            BoardEditing boards,
            Sharing sharing,
            LiveBoards live,
            ModelCatalogue models,
            Versions versions,
            TransactionTemplate transactions,
            ContactHistory contacts,
            org.stepline.formulation.internal.CopyLinks copies,
            PatientLinks links) {
        this.copies = copies;
        this.links = links;
        this.contacts = contacts;
        this.staff = staff;
        this.boards = boards;
        this.sharing = sharing;
        this.live = live;
        this.models = models;
        this.versions = versions;
        this.transactions = transactions;
    }

    @GetMapping("/referrals/{referralId}/formulation")
    String choose(@PathVariable long referralId, Model model) {
        var referral = staff.referral(referralId);
        model.addAttribute("referral", referral);
        model.addAttribute("boards", boards.forReferral(referralId));
        model.addAttribute("models", models.all());
        return "formulation/choose";
    }

    /** From a contact (a video session): the board of that contact's referral. */
    @GetMapping("/appointments/{appointmentId}/formulation")
    String fromContact(@PathVariable long appointmentId) {
        var contact =
                contacts.find(appointmentId).orElseThrow(() -> new NotFoundException("Appointment " + appointmentId));
        staff.referral(contact.referralId());
        return "redirect:/referrals/" + contact.referralId() + "/formulation";
    }

    @PostMapping("/referrals/{referralId}/formulation")
    String open(@PathVariable long referralId, @RequestParam String model) {
        if (models.find(model).isEmpty()) {
            throw new NotFoundException("Formulation model " + model);
        }
        return "redirect:/formulation/" + staff.open(referralId, model);
    }

    @GetMapping("/formulation/{boardId}")
    String board(@PathVariable long boardId, Model model) {
        var opened = staff.access(boardId, "Viewed the formulation board");
        model.addAttribute("patient", opened.patient());
        model.addAttribute("view", boards.view(boardId));
        model.addAttribute("share", sharing.current(boardId).orElse(null));
        model.addAttribute("versions", versions.of(boardId));
        model.addAttribute("channels", links.channelsFor(opened.patient().id()));
        return "formulation/board";
    }

    @GetMapping(path = "/formulation/{boardId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(
            @PathVariable long boardId,
            @RequestParam(required = false) Long after,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        staff.access(boardId, "");
        return live.open(boardId, Writer.PRACTITIONER, Replies.after(lastEventId, after), null);
    }

    @PostMapping("/formulation/{boardId}/entries")
    Object add(
            @PathVariable long boardId,
            @RequestParam String box,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String clientId,
            @RequestHeader(value = JSON_OR_HTML, defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return Replies.of(
                transactions,
                () -> {
                    staff.access(boardId, "Added an entry");
                    return boards.add(boardId, box, text, Writer.PRACTITIONER, clientId);
                },
                accept,
                "/formulation/" + boardId,
                redirect);
    }

    @PostMapping("/formulation/{boardId}/entries/{entryId}")
    Object edit(
            @PathVariable long boardId,
            @PathVariable long entryId,
            @RequestParam int version,
            @RequestParam(required = false) String text,
            @RequestHeader(value = JSON_OR_HTML, defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return Replies.of(
                transactions,
                () -> {
                    staff.access(boardId, "Changed an entry");
                    return boards.edit(boardId, entryId, version, text, Writer.PRACTITIONER);
                },
                accept,
                "/formulation/" + boardId,
                redirect);
    }

    @PostMapping("/formulation/{boardId}/entries/{entryId}/remove")
    Object remove(
            @PathVariable long boardId,
            @PathVariable long entryId,
            @RequestParam int version,
            @RequestHeader(value = JSON_OR_HTML, defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return Replies.of(
                transactions,
                () -> {
                    staff.access(boardId, "Removed an entry");
                    return boards.remove(boardId, entryId, version);
                },
                accept,
                "/formulation/" + boardId,
                redirect);
    }

    @PostMapping("/formulation/{boardId}/boxes")
    Object addBox(
            @PathVariable long boardId,
            @RequestParam(required = false) String label,
            @RequestHeader(value = JSON_OR_HTML, defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return Replies.of(
                transactions,
                () -> {
                    staff.access(boardId, "Added a box");
                    return boards.addBox(boardId, label);
                },
                accept,
                "/formulation/" + boardId,
                redirect);
    }

    @PostMapping("/formulation/{boardId}/arrows")
    Object addArrow(
            @PathVariable long boardId,
            @RequestParam String from,
            @RequestParam String to,
            @RequestHeader(value = JSON_OR_HTML, defaultValue = "") String accept,
            RedirectAttributes redirect) {
        return Replies.of(
                transactions,
                () -> {
                    staff.access(boardId, "Added an arrow");
                    return boards.addArrow(boardId, from, to);
                },
                accept,
                "/formulation/" + boardId,
                redirect);
    }

    @PostMapping("/formulation/{boardId}/share")
    String share(@PathVariable long boardId, RedirectAttributes redirect) {
        staff.access(boardId, "Started sharing the board with the patient");
        var share = sharing.start(boardId, staff.staffId());
        return Flash.redirect(
                redirect, "Read out the code " + share.spokenCode() + " to the patient", "/formulation/" + boardId);
    }

    /** Instead of reading out the code: a link by text message or e-mail, for the current sharing (started if none). */
    @PostMapping("/formulation/{boardId}/share/send")
    String sendJoinLink(
            @PathVariable long boardId, @RequestParam(required = false) String channel, RedirectAttributes redirect) {
        var how = channel(channel);
        if (how == null) {
            return Flash.redirect(redirect, "Choose how to send the link", "/formulation/" + boardId);
        }
        try {
            var share = transactions.execute(status -> {
                var opened = staff.access(
                        boardId,
                        "Sent the patient a link to join the board by "
                                + how.label().toLowerCase());
                var current = sharing.current(boardId)
                        .filter(s -> s.joinedAt() == null)
                        .orElseGet(() -> sharing.start(boardId, staff.staffId()));
                links.send(
                        opened.board().patientId(),
                        how,
                        org.stepline.formulation.internal.JoinLinks.SOURCE,
                        current.id());
                return current;
            });
            return Flash.redirect(
                    redirect,
                    "A link to join is on its way by " + how.label().toLowerCase()
                            + ". It works until " + org.stepline.shared.ServiceTime.time(share.expiresAt())
                            + ", while you have the board open. You can also read out the code " + share.spokenCode(),
                    "/formulation/" + boardId);
        } catch (IllegalArgumentException e) {
            return Flash.redirect(redirect, e.getMessage(), "/formulation/" + boardId);
        }
    }

    private static @org.jspecify.annotations.Nullable MessageChannel channel(
            @org.jspecify.annotations.Nullable String name) {
        for (var each : MessageChannel.values()) {
            if (each.name().equals(name)) {
                return each;
            }
        }
        return null;
    }

    @PostMapping("/formulation/{boardId}/share/end")
    String endSharing(@PathVariable long boardId, RedirectAttributes redirect) {
        staff.access(boardId, "Ended sharing the board");
        sharing.end(boardId, "ENDED");
        return Flash.redirect(
                redirect, "Sharing ended: the patient can no longer see the board", "/formulation/" + boardId);
    }

    @PostMapping("/formulation/{boardId}/close")
    String close(@PathVariable long boardId, RedirectAttributes redirect) {
        var version = staff.close(boardId);
        var opened = boards.require(boardId);
        return Flash.redirect(
                redirect,
                "Board closed. Version " + version.number() + " is kept on the record",
                "/patients/" + opened.patientId());
    }

    /** With the patient's agreement, a one-time link to an accessible copy of this version, sent by messaging. */
    @PostMapping("/formulation/versions/{versionId}/copy")
    String copy(
            @PathVariable long versionId,
            @RequestParam(required = false) String agreed,
            @RequestParam(required = false) String channel,
            RedirectAttributes redirect) {
        var version = versions.find(versionId).orElseThrow(() -> new NotFoundException("Version " + versionId));
        var opened = staff.access(version.boardId(), "");
        var how = channel(channel);
        String error = !"yes".equals(agreed)
                ? "Confirm that the patient agreed to have a copy"
                : how == null ? "Choose how to send the copy" : null;
        if (error == null) {
            try {
                transactions.executeWithoutResult(status -> {
                    long copy = copies.request(version, opened.board().patientId(), staff.staffId());
                    links.send(
                            opened.board().patientId(), how, org.stepline.formulation.internal.CopyLinks.SOURCE, copy);
                });
                return Flash.redirect(
                        redirect,
                        "The copy is on its way to the patient by "
                                + how.label().toLowerCase() + ". The link in it works once",
                        "/formulation/versions/" + versionId);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        redirect.addFlashAttribute("copyError", error);
        return "redirect:/formulation/versions/" + versionId;
    }

    @GetMapping("/formulation/versions/{versionId}")
    String version(@PathVariable long versionId, @RequestParam(required = false) Long compareWith, Model model) {
        var version = versions.find(versionId).orElseThrow(() -> new NotFoundException("Version " + versionId));
        var opened = staff.access(version.boardId(), "Viewed version " + version.number() + " of");
        model.addAttribute("patient", opened.patient());
        model.addAttribute("version", version);
        model.addAttribute("keptBy", staff.nameOf(version.keptBy()));
        model.addAttribute("channels", links.channelsFor(opened.patient().id()));
        model.addAttribute(
                "others",
                versions.of(version.boardId()).stream()
                        .filter(v -> v.id() != versionId)
                        .toList());
        var earlier = compareWith == null
                ? null
                : versions.find(compareWith)
                        .filter(v -> v.boardId() == version.boardId())
                        .orElse(null);
        model.addAttribute("earlier", earlier);
        model.addAttribute(
                "comparison",
                earlier == null
                        ? null
                        : org.stepline.formulation.internal.VersionComparisons.between(earlier, version));
        return "formulation/version";
    }
}

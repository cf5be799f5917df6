package org.stepline.measures.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.internal.InSessionMeasures;
import org.stepline.measures.internal.MeasuresProperties;
import org.stepline.measures.internal.QuestionnaireLinks;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.Flash;

/** Measures for an appointment: entered by the practitioner during the call, or requested from the patient before it. */
@Controller
class MeasureEntryController {

    private final AppointmentTargets targets;
    private final InstrumentCatalogue catalogue;
    private final InSessionMeasures inSession;
    private final QuestionnaireLinks links;
    private final StaffDirectory staff;
    private final MeasuresProperties properties;
    private final AuditTrail audit;

    MeasureEntryController(
            AppointmentTargets targets,
            InstrumentCatalogue catalogue,
            InSessionMeasures inSession,
            QuestionnaireLinks links,
            StaffDirectory staff,
            MeasuresProperties properties,
            AuditTrail audit) {
        this.audit = audit;
        this.targets = targets;
        this.catalogue = catalogue;
        this.inSession = inSession;
        this.links = links;
        this.staff = staff;
        this.properties = properties;
    }

    @GetMapping("/appointments/{id}/measures")
    String choose(@PathVariable long id, Model model) {
        var resolved = targets.resolve(id);
        audit.viewed(
                resolved.patient().id(),
                "Opened the questionnaires of the contact of "
                        + ServiceTime.dateTime(resolved.appointment().startsAt()));
        model.addAttribute("appointmentId", id);
        model.addAttribute("patient", resolved.patient());
        model.addAttribute("instruments", catalogue.all());
        model.addAttribute("validityHours", properties.linkValidity().toHours());
        return "measures/choose";
    }

    @GetMapping("/appointments/{id}/measures/{instrumentId}")
    String form(@PathVariable long id, @PathVariable String instrumentId, Model model) {
        var resolved = targets.resolve(id);
        var instrument = catalogue.require(instrumentId);
        audit.viewed(
                resolved.patient().id(),
                "Opened " + instrument.name() + " for the contact of "
                        + ServiceTime.dateTime(resolved.appointment().startsAt()));
        return entryPage(id, resolved, instrument, Map.of(), Map.of(), model);
    }

    @PostMapping("/appointments/{id}/measures/{instrumentId}")
    String enter(
            @PathVariable long id,
            @PathVariable String instrumentId,
            @RequestParam Map<String, String> params,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var resolved = targets.resolve(id);
        var instrument = catalogue.require(instrumentId);
        var given = AnswerParams.forInstrument(instrument.id(), params);
        var entry = inSession.enter(
                resolved.target(), instrument, given, staff.current().id());
        if (!entry.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return entryPage(id, resolved, instrument, given, entry.problems(), model);
        }
        var score = entry.recorded().score();
        String message = instrument.name() + " recorded"
                + (score.total() == null
                        ? ""
                        : ": total " + score.total() + (score.band() == null ? "" : " (" + score.band() + ")"))
                + (Boolean.TRUE.equals(score.caseness())
                        ? ", at or above caseness"
                        : Boolean.FALSE.equals(score.caseness()) ? ", below caseness" : "")
                + (entry.recorded().risks().isEmpty() ? "." : ". A risk alert has been raised: see it on the record.");
        return Flash.redirect(
                redirect, message, "/patients/" + resolved.patient().id());
    }

    @PostMapping("/appointments/{id}/questionnaire-requests")
    String request(
            @PathVariable long id,
            @RequestParam(name = "instrument", required = false) java.util.List<String> chosen,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var resolved = targets.resolve(id);
        if (chosen == null || chosen.isEmpty()) {
            return Flash.redirect(
                    redirect, "Choose at least one questionnaire to send.", "/appointments/" + id + "/measures");
        }
        var issued = links.requestNow(resolved.target(), chosen, staff.current().id());
        model.addAttribute("patient", resolved.patient());
        model.addAttribute("link", PublicLinks.base(request, properties) + "/q/" + issued.token());
        model.addAttribute("expiresAt", issued.expiresAt());
        model.addAttribute(
                "instruments",
                chosen.stream().map(catalogue::require).map(Instrument::name).toList());
        return "measures/link-issued";
    }

    private String entryPage(
            long id,
            AppointmentTargets.Resolved resolved,
            Instrument instrument,
            Map<Integer, String> given,
            Map<Integer, String> problems,
            Model model) {
        model.addAttribute("appointmentId", id);
        model.addAttribute("patient", resolved.patient());
        model.addAttribute("instrument", instrument);
        model.addAttribute("given", given);
        model.addAttribute("problems", problems);
        return "measures/entry";
    }
}

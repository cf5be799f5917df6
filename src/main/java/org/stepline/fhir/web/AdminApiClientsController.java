package org.stepline.fhir.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.fhir.internal.ApiClientStore;
import org.stepline.fhir.internal.ClientRegistration;
import org.stepline.fhir.internal.Scopes;
import org.stepline.identity.StaffDirectory;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;

/** The administrator's page for other systems that use the API (ADMIN only, by the /admin/** rule). */
@Controller
@RequestMapping("/admin/api-clients")
class AdminApiClientsController {

    private final ApiClientStore clients;
    private final ClientRegistration registration;
    private final StaffDirectory staff;

    AdminApiClientsController(ApiClientStore clients, ClientRegistration registration, StaffDirectory staff) {
        this.clients = clients;
        this.registration = registration;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        return page(model, ApiClientForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping
    String register(ApiClientForm form, Model model, RedirectAttributes redirect) {
        var teams = staff.teams().stream().map(StaffDirectory.Team::id).collect(Collectors.toSet());
        var checked = form.check(form.wellFormedClientId() && clients.clientIdTaken(form.cleanClientId()), teams);
        if (checked.errors().any()) {
            return page(model, form, checked.errors());
        }
        registration.register(
                form.cleanClientId(), form.cleanName(), checked.keys(), form.chosenScopes(), form.chosenTeams());
        return Flash.redirect(
                redirect,
                form.cleanName() + " can now ask for an access token as " + form.cleanClientId() + ".",
                "/admin/api-clients");
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        registration.setEnabled(id, enabled);
        return Flash.redirect(
                redirect,
                enabled ? "The client can ask for tokens again." : "The client can no longer ask for tokens.",
                "/admin/api-clients");
    }

    private String page(Model model, ApiClientForm form, FormErrors errors) {
        model.addAttribute("clients", clients.all());
        model.addAttribute("teams", staff.teams());
        model.addAttribute("scopes", Scopes.grantable());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/apiClients";
    }
}

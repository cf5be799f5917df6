package org.stepline.messaging.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stepline.messaging.internal.MessagingProperties;
import org.stepline.messaging.internal.OptOutByLink;

/**
 * The page a patient reaches from the opt-out link in a message: no sign-in. Opening it changes nothing (mail
 * scanners follow links); the patient confirms with a button, and is then told how to get messages again.
 */
@Controller
class OptOutLinkController {

    private final OptOutByLink optOut;
    private final String serviceName;

    OptOutLinkController(OptOutByLink optOut, MessagingProperties properties) {
        this.optOut = optOut;
        this.serviceName = properties.serviceName();
    }

    @GetMapping("/stop/{token}")
    String page(@PathVariable String token, HttpServletResponse response, Model model) {
        return optOut.open(token)
                .map(link -> {
                    model.addAttribute("link", link);
                    model.addAttribute("token", token);
                    model.addAttribute("serviceName", serviceName);
                    return "messaging/opt-out";
                })
                .orElseGet(() -> notFound(response));
    }

    @PostMapping("/stop/{token}")
    String confirm(@PathVariable String token, HttpServletResponse response) {
        return optOut.confirm(token).map(done -> "redirect:/stop/" + token).orElseGet(() -> notFound(response));
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "messaging/opt-out-not-found";
    }
}

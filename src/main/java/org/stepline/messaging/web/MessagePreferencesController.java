package org.stepline.messaging.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.internal.OptOutRecording;
import org.stepline.shared.web.Flash;

/** The record page's opt-out buttons: a patient does not want messages on a channel (or wants them again). */
@Controller
class MessagePreferencesController {

    private final OptOutRecording recording;

    MessagePreferencesController(OptOutRecording recording) {
        this.recording = recording;
    }

    @PostMapping("/patients/{patientId}/messages/opt-outs")
    String change(
            @PathVariable long patientId,
            @RequestParam MessageChannel channel,
            @RequestParam(defaultValue = "false") boolean wanted,
            RedirectAttributes redirect) {
        String done = wanted ? recording.optBackIn(patientId, channel) : recording.optOut(patientId, channel);
        return Flash.redirect(redirect, done, "/patients/" + patientId + "#messages");
    }
}

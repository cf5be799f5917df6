package org.stepline.scheduling.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.scheduling.internal.AppointmentBooking;
import org.stepline.scheduling.internal.AppointmentMoving;
import org.stepline.scheduling.internal.BookForm;
import org.stepline.scheduling.internal.ContactRecording;
import org.stepline.scheduling.internal.MoveForm;
import org.stepline.scheduling.internal.RecordForm;
import org.stepline.shared.web.FormPage;
import org.stepline.shared.web.FormResult;

/**
 * Booking an appointment on a referral, moving it to another time, and recording what happened at it: a recorded contact is corrected on the
 * same form, prefilled. Both go back to the patient's record once saved.
 */
@Controller
class AppointmentController {

    private static final String BOOKING = "/referrals/{referralId}/appointments/new";
    private static final String RECORDING = "/appointments/{appointmentId}/record";
    private static final String MOVING = "/appointments/{appointmentId}/move";

    private final AppointmentBooking booking;
    private final AppointmentMoving moving;
    private final ContactRecording recording;
    private final org.stepline.scheduling.CallSettings callSettings;

    AppointmentController(
            AppointmentBooking booking,
            AppointmentMoving moving,
            ContactRecording recording,
            org.stepline.scheduling.CallSettings callSettings) {
        this.booking = booking;
        this.moving = moving;
        this.recording = recording;
        this.callSettings = callSettings;
    }

    @GetMapping(BOOKING)
    String bookingForm(
            @PathVariable long referralId,
            @RequestParam(name = "practitionerId", required = false) Long showFreeTimesOf,
            Model model) {
        var page = showFreeTimesOf == null ? booking.open(referralId) : booking.open(referralId, showFreeTimesOf);
        return show(model, page, "scheduling/book");
    }

    @PostMapping(BOOKING)
    String book(
            @PathVariable long referralId,
            @ModelAttribute("form") BookForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(booking.book(referralId, form), model, redirect, "scheduling/book");
    }

    @GetMapping(MOVING)
    String moveForm(@PathVariable long appointmentId, Model model) {
        return show(model, moving.open(appointmentId), "scheduling/move");
    }

    @PostMapping(MOVING)
    String move(
            @PathVariable long appointmentId,
            @ModelAttribute("form") MoveForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(moving.move(appointmentId, form), model, redirect, "scheduling/move");
    }

    @GetMapping(RECORDING)
    String recordForm(@PathVariable long appointmentId, Model model) {
        model.addAttribute("callSettings", callSettings.all());
        return show(model, recording.open(appointmentId), "scheduling/record");
    }

    @PostMapping(RECORDING)
    String record(
            @PathVariable long appointmentId,
            @ModelAttribute("form") RecordForm form,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("callSettings", callSettings.all());
        return answer(recording.record(appointmentId, form), model, redirect, "scheduling/record");
    }

    private static String show(Model model, FormPage<?, ?> page, String template) {
        return page.draw(model, template);
    }

    private static String answer(
            FormResult<? extends FormPage<?, ?>> submission,
            Model model,
            RedirectAttributes redirect,
            String template) {
        return submission.answer(redirect, page -> page.draw(model, template));
    }
}

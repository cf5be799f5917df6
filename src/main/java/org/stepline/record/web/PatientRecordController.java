package org.stepline.record.web;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepline.audit.AuditTrail;
import org.stepline.formulation.FormulationsOnRecord;
import org.stepline.identity.StaffDirectory;
import org.stepline.letters.GpLetters;
import org.stepline.measures.PatientMeasures;
import org.stepline.messaging.PatientMessages;
import org.stepline.patients.PatientDirectory;
import org.stepline.record.web.PatientRecordView.ContactRow;
import org.stepline.record.web.PatientRecordView.ReferralRow;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.ContactEntry;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.ServiceTime;
import org.stepline.supervision.SupervisionNotes;

/**
 * The patient record page: details and telephone work, referrals, the contact timeline, scores, risk alerts and
 * questionnaire links, each from the module that owns it.
 */
@Controller
class PatientRecordController {

    private final PatientDirectory patients;
    private final ReferralDirectory referrals;
    private final ContactHistory contacts;
    private final StaffDirectory staff;
    private final PatientMeasures measures;
    private final AuditTrail audit;
    private final SupervisionNotes supervision;
    private final Clock clock;
    private final GpLetters letters;
    private final PatientMessages messages;
    private final FormulationsOnRecord formulations;

    PatientRecordController(
            PatientDirectory patients,
            ReferralDirectory referrals,
            ContactHistory contacts,
            StaffDirectory staff,
            PatientMeasures measures,
            AuditTrail audit,
            SupervisionNotes supervision,
            Clock clock,
            GpLetters letters,
            PatientMessages messages,
            FormulationsOnRecord formulations) {
        this.formulations = formulations;
        this.letters = letters;
        this.messages = messages;
        this.supervision = supervision;
        this.measures = measures;
        this.patients = patients;
        this.referrals = referrals;
        this.contacts = contacts;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}")
    String record(@PathVariable long id, Model model) {
        var patient = patients.requireAccess(id);
        audit.viewed(id, "Viewed the patient record");
        var today = ServiceTime.dateOf(clock.instant());
        var pathways = referrals.forPatient(id);
        var history = contacts.forPatient(id);
        var names = staff.namesOf(Stream.concat(
                        pathways.stream().map(ReferralSummary::practitionerId),
                        history.stream().map(ContactEntry::practitionerId))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, String> pathwayIds =
                pathways.stream().collect(Collectors.toMap(ReferralSummary::id, ReferralSummary::pathwayId));
        var referralRows = pathways.stream()
                .map(r -> new ReferralRow(r, r.practitionerId() == null ? null : names.get(r.practitionerId()), today))
                .toList();
        var contactRows = history.stream()
                .map(c -> new ContactRow(c, pathwayIds.getOrDefault(c.referralId(), ""), names.get(c.practitionerId())))
                .toList();
        model.addAttribute(
                "record", new PatientRecordView(patient, patients.details(id), today, referralRows, contactRows));
        model.addAttribute("measures", measures.panelFor(id));
        model.addAttribute("supervisionNotes", supervision.forPatient(id));
        model.addAttribute("letters", letters.forPatient(id));
        model.addAttribute("messages", messages.panelFor(id));
        model.addAttribute("formulations", formulations.forPatient(id));
        return "patients/record";
    }
}

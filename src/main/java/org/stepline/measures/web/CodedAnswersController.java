package org.stepline.measures.web;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepline.audit.AuditTrail;
import org.stepline.measures.CodedAdministration;
import org.stepline.measures.CodedAnswers;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.patients.PatientDirectory;

/**
 * A patient's completed questionnaires of one instrument as JSON, answer by answer with each item's SNOMED CT code
 * and value (null: "not applicable"): how a completed PEQ leaves Stepline with its national codes.
 */
@RestController
class CodedAnswersController {

    private final PatientDirectory patients;
    private final CodedAnswers answers;
    private final InstrumentCatalogue catalogue;
    private final AuditTrail audit;

    CodedAnswersController(
            PatientDirectory patients, CodedAnswers answers, InstrumentCatalogue catalogue, AuditTrail audit) {
        this.patients = patients;
        this.answers = answers;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @GetMapping(value = "/patients/{patientId}/questionnaires/coded", produces = "application/json")
    @Transactional
    List<CodedAdministration> coded(
            @PathVariable long patientId, @RequestParam(defaultValue = "PEQ_END") String instrument) {
        patients.requireAccess(patientId);
        var name = catalogue.require(instrument).name();
        audit.viewed(patientId, "Read the coded answers of " + name);
        return answers.forPatient(patientId, instrument);
    }
}

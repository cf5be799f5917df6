package org.stepline.fhir.internal;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.CodedAdministration;
import org.stepline.measures.Instrument;
import org.stepline.measures.MeasureRoute;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.ScoreEntry;

/** Instruments as Questionnaires, completed ones as QuestionnaireResponses with their totals as Observations. */
public final class MeasureResources {

    private MeasureResources() {}

    /** The canonical address of an instrument's Questionnaire. */
    public static String canonical(String base, Instrument instrument) {
        return base + "/Questionnaire/" + FhirNames.questionnaireId(instrument.id());
    }

    public static Questionnaire questionnaire(String base, Instrument instrument) {
        var q = new Questionnaire();
        q.setId(FhirNames.questionnaireId(instrument.id()));
        q.setUrl(canonical(base, instrument));
        q.setName(instrument.id());
        q.setTitle(instrument.title());
        q.setStatus(Enumerations.PublicationStatus.ACTIVE);
        q.setPurpose(instrument.purpose());
        q.setCopyright(instrument.attribution());
        q.addSubjectType("Patient");
        String panel = instrument.codes().get("loincPanel");
        if (panel != null) {
            q.addCode(new Coding(FhirNames.LOINC, panel, instrument.name()));
        }
        for (var item : instrument.items()) {
            var question = q.addItem()
                    .setLinkId(String.valueOf(item.number()))
                    .setText(item.text())
                    .setType(Questionnaire.QuestionnaireItemType.CHOICE)
                    .setRequired(!item.allowsNotApplicable());
            if (item.loinc() != null) {
                question.addCode(new Coding(FhirNames.LOINC, item.loinc(), null));
            }
            if (item.snomed() != null) {
                question.addCode(new Coding(FhirNames.SNOMED, item.snomed(), null));
            }
            for (var option : instrument.optionsFor(item)) {
                question.addAnswerOption().setValue(answerCoding(instrument, option.value()));
            }
        }
        return q;
    }

    /** An answer as a Coding: the value is the code, in the instrument's own answer system. */
    static Coding answerCoding(Instrument instrument, int value) {
        var label = instrument.options().stream()
                .filter(o -> o.value() == value)
                .findFirst()
                .map(Instrument.AnswerOption::label)
                .filter(l -> l != null && !l.isBlank())
                .orElse(null);
        return new Coding(answerSystem(instrument), String.valueOf(value), label);
    }

    static String answerSystem(Instrument instrument) {
        return FhirNames.INSTRUMENT_ANSWER + "/" + FhirNames.questionnaireId(instrument.id());
    }

    public static QuestionnaireResponse response(String base, Instrument instrument, CodedAdministration a) {
        var r = new QuestionnaireResponse();
        r.setId(FhirNames.ownedId(a.patientId(), a.administrationId()));
        r.setQuestionnaire(canonical(base, instrument));
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(CareResources.patient(a.patientId()));
        r.setAuthored(Date.from(a.completedAt()));
        r.addExtension(FhirNames.EXT_SOURCE_SYSTEM, new StringType(a.route().label()));
        for (var answer : a.answers()) {
            var item = r.addItem().setLinkId(String.valueOf(answer.itemNumber()));
            instrument.item(answer.itemNumber()).ifPresent(i -> item.setText(i.text()));
            if (answer.value() != null) {
                item.addAnswer().setValue(answerCoding(instrument, answer.value()));
            }
        }
        return r;
    }

    /** A total score, coded SNOMED CT and LOINC as the instrument file carries them; null when it has no total. */
    public static @Nullable Observation total(Instrument instrument, long patientId, ScoreEntry s) {
        if (s.total() == null) {
            return null;
        }
        var o = new Observation();
        o.setId(FhirNames.ownedId(patientId, s.id()));
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(FhirNames.OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(totalCode(instrument));
        o.setSubject(CareResources.patient(patientId));
        o.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(s.completedAt())));
        o.setValue(new org.hl7.fhir.r4.model.IntegerType(s.total()));
        if (s.band() != null) {
            o.addInterpretation(new CodeableConcept().setText(s.band()));
        }
        o.addDerivedFrom(new Reference("QuestionnaireResponse/" + o.getIdPart()));
        if (s.appointmentId() != null) {
            o.setEncounter(new Reference("Encounter/" + FhirNames.ownedId(patientId, s.appointmentId())));
        }
        if (s.route() == MeasureRoute.OTHER_SYSTEM || s.route() == MeasureRoute.IMPORTED) {
            o.addNote().setText(s.route().label());
        }
        return o;
    }

    public static CodeableConcept totalCode(Instrument instrument) {
        var code = new CodeableConcept().setText(instrument.name() + " total score");
        String snomed = instrument.codes().get("snomedTotal");
        String loinc = instrument.codes().get("loincTotal");
        if (snomed != null) {
            code.addCoding(new Coding(FhirNames.SNOMED, snomed, null));
        }
        if (loinc != null) {
            code.addCoding(new Coding(FhirNames.LOINC, loinc, null));
        }
        return code;
    }

    public static Flag flag(RiskAlert alert) {
        var flag = new Flag();
        flag.setId(FhirNames.ownedId(alert.patientId(), alert.id()));
        flag.setStatus(alert.isOpen() ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        flag.addCategory(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/flag-category", "safety", "Safety")));
        flag.setCode(new CodeableConcept().setText(alert.reason()));
        flag.setSubject(CareResources.patient(alert.patientId()));
        var period = flag.getPeriod().setStart(Date.from(alert.raisedAt()));
        if (alert.acknowledgedAt() != null) {
            period.setEnd(Date.from(alert.acknowledgedAt()));
        }
        flag.setEncounter(null);
        return flag;
    }
}

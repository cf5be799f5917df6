package org.stepline.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.ContactEntry;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/** Referrals as EpisodeOfCare (with the presenting problem as a Condition), contacts as Encounter and Appointment. */
public final class CareResources {

    static final String SNOMED_TELEPHONE_ENCOUNTER = "185317003";
    static final String SNOMED_VIDEO_ENCOUNTER = "307321000000107";

    private CareResources() {}

    public static EpisodeOfCare episode(ReferralSummary r) {
        var episode = new EpisodeOfCare();
        episode.setId(FhirNames.ownedId(r.patientId(), r.id()));
        episode.addIdentifier(
                new Identifier().setSystem(FhirNames.STEPLINE + "/Id/pathway").setValue(r.pathwayId()));
        episode.setStatus(status(r.stage()));
        episode.setPatient(patient(r.patientId()));
        episode.setPeriod(period(r.receivedDate(), r.dischargeDate()));
        episode.addType(new CodeableConcept().setText("NHS Talking Therapies pathway, step " + r.step()));
        episode.addExtension(
                FhirNames.EXT_REFERRAL_SOURCE,
                new Coding(
                        FhirNames.REFERRAL_SOURCE, r.sourceCode(), CodeList.REFERRAL_SOURCE.labelOf(r.sourceCode())));
        if (r.endCode() != null) {
            episode.addExtension(
                    FhirNames.EXT_END_CODE,
                    new Coding(FhirNames.END_CODE, r.endCode(), CodeList.END_CODE.labelOf(r.endCode())));
        }
        if (r.presentingProblem() != null) {
            episode.addDiagnosis()
                    .setCondition(new Reference("Condition/" + episode.getIdPart()))
                    .setRank(1);
        }
        return episode;
    }

    static EpisodeOfCare.EpisodeOfCareStatus status(ReferralStage stage) {
        return switch (stage) {
            case AWAITING_ASSESSMENT, AWAITING_TREATMENT -> EpisodeOfCare.EpisodeOfCareStatus.WAITLIST;
            case IN_TREATMENT -> EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
            case DISCHARGED -> EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
        };
    }

    /** The presenting problem of a referral, or null when none was recorded. */
    public static @Nullable Condition presentingProblem(ReferralSummary r) {
        if (r.presentingProblem() == null) {
            return null;
        }
        var condition = new Condition();
        condition.setId(FhirNames.ownedId(r.patientId(), r.id()));
        String code = r.presentingProblem();
        boolean snomed = code.chars().allMatch(Character::isDigit);
        condition
                .getCode()
                .addCoding(new Coding(
                        snomed ? FhirNames.SNOMED : FhirNames.ICD10,
                        icd10(code, snomed),
                        snomed
                                ? null
                                : CodeList.PRESENTING_PROBLEM
                                        .find(icd10(code, false))
                                        .map(c -> c.label())
                                        .orElse(null)));
        condition
                .getCategory()
                .add(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/condition-category",
                        "encounter-diagnosis",
                        "Encounter Diagnosis")));
        condition
                .getClinicalStatus()
                .addCoding(new Coding(
                        "http://terminology.hl7.org/CodeSystem/condition-clinical",
                        r.isOpen() ? "active" : "inactive",
                        null));
        condition.setSubject(patient(r.patientId()));
        condition.setRecordedDate(java.sql.Date.valueOf(r.receivedDate()));
        return condition;
    }

    /** ICD-10 with the dot (F411 becomes F41.1), as the FHIR ICD-10 system writes codes. */
    static String icd10(String code, boolean snomed) {
        String canonical = snomed ? null : org.stepline.shared.codes.PresentingProblems.canonical(code);
        return canonical == null ? code : canonical;
    }

    public static Encounter encounter(long patientId, ContactEntry c) {
        var encounter = new Encounter();
        encounter.setId(FhirNames.ownedId(patientId, c.appointmentId()));
        encounter.setStatus(encounterStatus(c.attendance()));
        encounter.setClass_(
                c.mode() == ConsultationMechanism.FACE_TO_FACE
                        ? new Coding(FhirNames.ACT_CODE, "AMB", "ambulatory")
                        : new Coding(FhirNames.ACT_CODE, "VR", "virtual"));
        String type = switch (c.mode()) {
            case TELEPHONE -> SNOMED_TELEPHONE_ENCOUNTER;
            case VIDEO -> SNOMED_VIDEO_ENCOUNTER;
            default -> null;
        };
        if (type != null) {
            encounter.addType(new CodeableConcept(new Coding(
                    FhirNames.SNOMED,
                    type,
                    type.equals(SNOMED_TELEPHONE_ENCOUNTER) ? "Telephone encounter" : "Video-link encounter")));
        } else {
            encounter.addType(new CodeableConcept().setText(c.mode().label()));
        }
        encounter.setSubject(patient(patientId));
        encounter.setEpisodeOfCare(
                java.util.List.of(new Reference("EpisodeOfCare/" + FhirNames.ownedId(patientId, c.referralId()))));
        encounter.addAppointment(new Reference("Appointment/" + encounter.getIdPart()));
        encounter.setPeriod(period(c.startsAt(), c.durationMinutes()));
        if (c.durationMinutes() != null) {
            encounter
                    .getLength()
                    .setValue(c.durationMinutes())
                    .setUnit("min")
                    .setSystem("http://unitsofmeasure.org")
                    .setCode("min");
        }
        nationalCodes(encounter, c);
        if (c.mode() == ConsultationMechanism.TELEPHONE) {
            encounter.addExtension(FhirNames.EXT_CALL_ATTEMPTS, new IntegerType(c.callAttempts()));
            if (c.identityConfirmed() != null) {
                encounter.addExtension(FhirNames.EXT_IDENTITY_CONFIRMED, new BooleanType(c.identityConfirmed()));
            }
            if (c.privateAndSafe() != null) {
                encounter.addExtension(FhirNames.EXT_PRIVATE_AND_SAFE, new BooleanType(c.privateAndSafe()));
            }
        }
        return encounter;
    }

    static Encounter.EncounterStatus encounterStatus(Attendance attendance) {
        return switch (attendance) {
            case NOT_YET -> Encounter.EncounterStatus.PLANNED;
            case ATTENDED, LATE_SEEN -> Encounter.EncounterStatus.FINISHED;
            case CANCELLED_BY_PATIENT, CANCELLED_BY_SERVICE, DID_NOT_ATTEND, LATE_NOT_SEEN ->
                Encounter.EncounterStatus.CANCELLED;
        };
    }

    public static Appointment appointment(long patientId, ContactEntry c) {
        var appointment = new Appointment();
        appointment.setId(FhirNames.ownedId(patientId, c.appointmentId()));
        appointment.setStatus(appointmentStatus(c.attendance()));
        appointment.setStart(Date.from(c.startsAt()));
        if (c.durationMinutes() != null) {
            appointment.setEnd(Date.from(c.startsAt().plusSeconds(60L * c.durationMinutes())));
            appointment.setMinutesDuration(c.durationMinutes());
        } else {
            appointment.setEnd(appointment.getStart()); // R4 wants an end with a start; the length is not yet known
        }
        appointment.addServiceType(new CodeableConcept().setText(c.type().label()));
        appointment.addParticipant().setActor(patient(patientId)).setStatus(Appointment.ParticipationStatus.ACCEPTED);
        nationalCodes(appointment, c);
        return appointment;
    }

    static Appointment.AppointmentStatus appointmentStatus(Attendance attendance) {
        return switch (attendance) {
            case NOT_YET -> Appointment.AppointmentStatus.BOOKED;
            case ATTENDED, LATE_SEEN -> Appointment.AppointmentStatus.FULFILLED;
            case DID_NOT_ATTEND, LATE_NOT_SEEN -> Appointment.AppointmentStatus.NOSHOW;
            case CANCELLED_BY_PATIENT, CANCELLED_BY_SERVICE -> Appointment.AppointmentStatus.CANCELLED;
        };
    }

    /** ConsMechanism, AppType and AttendOrDNACode, so that nothing of the national dataset is lost. */
    private static void nationalCodes(DomainResource resource, ContactEntry c) {
        resource.addExtension(
                FhirNames.EXT_CONS_MECHANISM,
                new Coding(FhirNames.CONS_MECHANISM, c.mode().code(), c.mode().label()));
        resource.addExtension(
                FhirNames.EXT_APP_TYPE,
                new Coding(FhirNames.APP_TYPE, c.type().code(), c.type().label()));
        resource.addExtension(
                FhirNames.EXT_ATTEND_OR_DNA,
                new Coding(
                        FhirNames.ATTEND_OR_DNA,
                        c.attendance().code(),
                        c.attendance().label()));
    }

    static Reference patient(long patientId) {
        return new Reference("Patient/" + patientId);
    }

    private static Period period(LocalDate start, @Nullable LocalDate end) {
        var period = new Period().setStart(java.sql.Date.valueOf(start));
        if (end != null) {
            period.setEnd(java.sql.Date.valueOf(end));
        }
        return period;
    }

    private static Period period(Instant start, @Nullable Integer minutes) {
        var period = new Period().setStart(Date.from(start));
        if (minutes != null) {
            period.setEnd(Date.from(start.plusSeconds(60L * minutes)));
        }
        return period;
    }
}

package org.stepline.fhir.internal;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PreferredPhone;
import org.stepline.shared.codes.CodeList;

/** A Stepline patient as a FHIR Patient, with the telephone-work preferences as extensions. */
public final class PatientResources {

    private PatientResources() {}

    public static Patient patient(long id, PatientDetails p, @Nullable Instant lastChanged) {
        var patient = new Patient();
        patient.setId(String.valueOf(id));
        if (lastChanged != null) {
            patient.getMeta().setLastUpdated(Date.from(lastChanged));
        }
        if (p.nhsNumber() != null) {
            patient.addIdentifier(new Identifier()
                    .setSystem(FhirNames.NHS_NUMBER)
                    .setValue(p.nhsNumber().value()));
        }
        patient.addName(new HumanName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(p.familyName())
                .addGiven(p.givenName()));
        if (p.dateOfBirth() != null) {
            patient.setBirthDate(java.sql.Date.valueOf(p.dateOfBirth()));
        }
        patient.setGender(gender(p.genderCode()));
        patient.addExtension(
                FhirNames.ETHNIC_CATEGORY_EXTENSION,
                new CodeableConcept(new Coding(
                        FhirNames.ETHNIC_CATEGORY,
                        p.ethnicCategory(),
                        CodeList.ETHNIC_CATEGORY.labelOf(p.ethnicCategory()))));
        if (p.gpPracticeCode() != null) {
            patient.addGeneralPractitioner(new Reference()
                    .setIdentifier(
                            new Identifier().setSystem(FhirNames.ODS_CODE).setValue(p.gpPracticeCode()))
                    .setDisplay(p.gpPracticeName()));
        }
        if (p.postcode() != null) {
            patient.addAddress().setPostalCode(p.postcode());
        }
        telecom(patient, p);
        patient.addExtension(FhirNames.EXT_VOICEMAIL_ALLOWED, new BooleanType(p.voicemailAllowed()));
        if (p.safeCallTimes() != null && !p.safeCallTimes().isBlank()) {
            patient.addExtension(FhirNames.EXT_SAFE_CALL_TIMES, new StringType(p.safeCallTimes()));
        }
        if (p.preferredMode() != null) {
            patient.addExtension(
                    FhirNames.EXT_PREFERRED_MODE,
                    new Coding(
                            FhirNames.CONS_MECHANISM,
                            p.preferredMode().code(),
                            p.preferredMode().label()));
        }
        return patient;
    }

    /** NHS gender identity codes to FHIR's administrative gender. */
    static AdministrativeGender gender(String code) {
        return switch (code) {
            case "1" -> AdministrativeGender.MALE;
            case "2" -> AdministrativeGender.FEMALE;
            case "3", "4" -> AdministrativeGender.OTHER;
            default -> AdministrativeGender.UNKNOWN;
        };
    }

    /** The number to call first is rank 1. */
    private static void telecom(Patient patient, PatientDetails p) {
        var first = p.phoneToCallFirst();
        phone(patient, p.mobilePhone(), ContactPoint.ContactPointUse.MOBILE, first == PreferredPhone.MOBILE);
        phone(patient, p.landlinePhone(), ContactPoint.ContactPointUse.HOME, first == PreferredPhone.LANDLINE);
        if (p.email() != null && !p.email().isBlank()) {
            patient.addTelecom(new ContactPoint()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(p.email()));
        }
    }

    private static void phone(
            Patient patient, @Nullable String number, ContactPoint.ContactPointUse use, boolean first) {
        if (number == null || number.isBlank()) {
            return;
        }
        var point = new ContactPoint()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(number)
                .setUse(use);
        point.setRank(first ? 1 : 2);
        patient.addTelecom(point);
    }
}

package org.stepline.fhir.internal;

/** Identifier systems, code systems and extension addresses used in Stepline's FHIR resources. */
public final class FhirNames {

    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String ETHNIC_CATEGORY_EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    public static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    /** Stepline's own extensions and code systems carry the national dataset's codes where UK Core has none. */
    public static final String STEPLINE = "https://fhir.stepline.org";

    public static final String CONS_MECHANISM = STEPLINE + "/CodeSystem/ConsMechanism";
    public static final String APP_TYPE = STEPLINE + "/CodeSystem/AppType";
    public static final String ATTEND_OR_DNA = STEPLINE + "/CodeSystem/AttendOrDNACode";
    public static final String REFERRAL_SOURCE = STEPLINE + "/CodeSystem/SourceOfReferralMH";
    public static final String END_CODE = STEPLINE + "/CodeSystem/EndCode";
    public static final String INSTRUMENT_ANSWER = STEPLINE + "/CodeSystem/answer";

    public static final String EXT_CONS_MECHANISM = STEPLINE + "/StructureDefinition/cons-mechanism";
    public static final String EXT_APP_TYPE = STEPLINE + "/StructureDefinition/app-type";
    public static final String EXT_ATTEND_OR_DNA = STEPLINE + "/StructureDefinition/attend-or-dna";
    public static final String EXT_CALL_ATTEMPTS = STEPLINE + "/StructureDefinition/call-attempts";
    public static final String EXT_IDENTITY_CONFIRMED = STEPLINE + "/StructureDefinition/identity-confirmed";
    public static final String EXT_PRIVATE_AND_SAFE = STEPLINE + "/StructureDefinition/private-and-safe";
    public static final String EXT_VOICEMAIL_ALLOWED = STEPLINE + "/StructureDefinition/voicemail-allowed";
    public static final String EXT_SAFE_CALL_TIMES = STEPLINE + "/StructureDefinition/safe-call-times";
    public static final String EXT_PREFERRED_MODE = STEPLINE + "/StructureDefinition/preferred-mode";
    public static final String EXT_REFERRAL_SOURCE = STEPLINE + "/StructureDefinition/referral-source";
    public static final String EXT_END_CODE = STEPLINE + "/StructureDefinition/end-code";
    public static final String EXT_SOURCE_SYSTEM = STEPLINE + "/StructureDefinition/source-system";

    private FhirNames() {}

    /** A resource id for a row that belongs to a patient: the patient's id first, so that access is checked first. */
    public static String ownedId(long patientId, long localId) {
        return patientId + "-" + localId;
    }

    /** The instrument as a FHIR id: ids allow letters, digits, '-' and '.' only. */
    public static String questionnaireId(String instrumentId) {
        return instrumentId.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package org.stepline.patients.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.stepline.patients.PatientDetails;

/** Which of a patient's details an edit changed, named in words, never with their values (the audit trail is read widely). */
public final class ChangedFields {

    private static final Map<String, Function<PatientDetails, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("NHS number", PatientDetails::nhsNumber);
        FIELDS.put("given name", PatientDetails::givenName);
        FIELDS.put("family name", PatientDetails::familyName);
        FIELDS.put("date of birth", PatientDetails::dateOfBirth);
        FIELDS.put("gender", PatientDetails::genderCode);
        FIELDS.put("ethnicity", PatientDetails::ethnicCategory);
        FIELDS.put("postcode", PatientDetails::postcode);
        FIELDS.put("GP practice code", PatientDetails::gpPracticeCode);
        FIELDS.put("GP practice name", PatientDetails::gpPracticeName);
        FIELDS.put("mobile number", PatientDetails::mobilePhone);
        FIELDS.put("landline number", PatientDetails::landlinePhone);
        FIELDS.put("number to call first", PatientDetails::preferredPhone);
        FIELDS.put("voicemail permission", PatientDetails::voicemailAllowed);
        FIELDS.put("safe times to call", PatientDetails::safeCallTimes);
        FIELDS.put("email", PatientDetails::email);
        FIELDS.put("preferred mode", PatientDetails::preferredMode);
        FIELDS.put("choice of mode offered", PatientDetails::modeChoiceOffered);
    }

    private ChangedFields() {}

    public static List<String> between(PatientDetails before, PatientDetails after) {
        return FIELDS.entrySet().stream()
                .filter(field -> !Objects.equals(
                        field.getValue().apply(before), field.getValue().apply(after)))
                .map(Map.Entry::getKey)
                .toList();
    }
}

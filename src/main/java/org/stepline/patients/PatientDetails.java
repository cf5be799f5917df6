package org.stepline.patients;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Everything recorded about a patient's identity, demographics and telephone work: what the patient form edits and
 * the record page shows. Codes are the national ones (gender identity, ethnic category, ConsMechanism).
 */
public record PatientDetails(
        @Nullable NhsNumber nhsNumber,
        String givenName,
        String familyName,
        @Nullable LocalDate dateOfBirth,
        String genderCode,
        String ethnicCategory,
        @Nullable String postcode,
        @Nullable String gpPracticeCode,
        @Nullable String gpPracticeName,
        @Nullable String mobilePhone,
        @Nullable String landlinePhone,
        @Nullable PreferredPhone preferredPhone,
        boolean voicemailAllowed,
        @Nullable String safeCallTimes,
        @Nullable String email,
        @Nullable ConsultationMechanism preferredMode,
        boolean modeChoiceOffered) {

    /** The NHS number as printed on letters, or "not known" (patients imported from an extract may lack one). */
    public String nhsNumberText() {
        return nhsNumber == null ? "not known" : nhsNumber.formatted();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }

    /** The phone to try first: the chosen one, or whichever number there is. */
    public @Nullable PreferredPhone phoneToCallFirst() {
        if (mobilePhone == null && landlinePhone == null) {
            return null;
        }
        if (preferredPhone == PreferredPhone.LANDLINE && landlinePhone != null || mobilePhone == null) {
            return PreferredPhone.LANDLINE;
        }
        return PreferredPhone.MOBILE;
    }

    public @Nullable PreferredPhone otherPhone() {
        var first = phoneToCallFirst();
        if (first == null) {
            return null;
        }
        var other = first == PreferredPhone.MOBILE ? PreferredPhone.LANDLINE : PreferredPhone.MOBILE;
        return numberOf(other) == null ? null : other;
    }

    public @Nullable String numberOf(@Nullable PreferredPhone phone) {
        if (phone == null) {
            return null;
        }
        return phone == PreferredPhone.MOBILE ? mobilePhone : landlinePhone;
    }

    public ContactPreferences contactPreferences() {
        return new ContactPreferences(
                numberOf(phoneToCallFirst()),
                numberOf(otherPhone()),
                voicemailAllowed,
                safeCallTimes,
                preferredMode,
                modeChoiceOffered,
                email);
    }
}

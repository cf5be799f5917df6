package org.stepline.patients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.NhsNumber;

/** The few facts that identify a patient on a list. */
public record PatientHeadline(
        long id,
        String givenName,
        String familyName,
        @Nullable NhsNumber nhsNumber,
        @Nullable LocalDate dateOfBirth,
        long teamId) {

    /** The NHS number as printed on letters, or "not known" (patients imported from an extract may lack one). */
    public String nhsNumberText() {
        return nhsNumber == null ? "not known" : nhsNumber.formatted();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Surname first, as clinical lists are sorted and read. */
    public String listName() {
        return familyName.toUpperCase(java.util.Locale.UK) + ", " + givenName;
    }
}

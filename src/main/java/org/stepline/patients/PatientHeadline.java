package org.stepline.patients;

import java.time.LocalDate;

import org.stepline.shared.NhsNumber;

/** The few facts that identify a patient on a list. */
public record PatientHeadline(long id, String givenName, String familyName, NhsNumber nhsNumber, LocalDate dateOfBirth,
        long teamId) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Surname first, as clinical lists are sorted and read. */
    public String listName() {
        return familyName.toUpperCase(java.util.Locale.UK) + ", " + givenName;
    }
}

package org.stepline.datasets.internal;

import static org.stepline.datasets.internal.ExtractFormat.*;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.CodeForm;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.NationalCode;

/**
 * The values of a patients.csv row as Stepline stores them, and why one cannot be stored. The one place both the
 * check and the writer read them, so that what was checked is what is written.
 */
final class PatientFields {

    static final int MAX_TEXT = 200;

    private PatientFields() {}

    static @Nullable String nhsNumber(Row row) {
        return row.present(P_NHS_NUMBER)
                ? NhsNumber.parse(row.text(P_NHS_NUMBER)).value()
                : null;
    }

    static @Nullable String gender(Row row) {
        return code(row, P_GENDER, CodeList.GENDER_IDENTITY);
    }

    static @Nullable String ethnicity(Row row) {
        return code(row, P_ETHNICITY, CodeList.ETHNIC_CATEGORY);
    }

    /** A code of a list of letters and numbers ({@code 1}, {@code Z}, {@code 99}), in capitals, spaces around. */
    private static @Nullable String code(Row row, int column, CodeList list) {
        if (!row.present(column)) {
            return null;
        }
        String code = row.text(column).strip().toUpperCase(java.util.Locale.ROOT);
        return list.contains(code) ? code : null;
    }

    static @Nullable ConsultationMechanism preferredMode(Row row) {
        return row.present(P_PREFERRED_MODE)
                ? NationalCode.fromAnyForm(ConsultationMechanism.class, row.text(P_PREFERRED_MODE))
                        .orElse(null)
                : null;
    }

    /** Y true, N false, null when not given (not recorded: never read as a no). */
    static @Nullable Boolean voicemail(Row row) {
        if (!row.present(P_VOICEMAIL)) {
            return null;
        }
        int letter = CodeForm.letter(row.bytes(P_VOICEMAIL), row.offset(P_VOICEMAIL), row.length(P_VOICEMAIL));
        return letter == 'Y' ? Boolean.TRUE : letter == 'N' ? Boolean.FALSE : null;
    }

    static @Nullable String text(Row row, int column) {
        return row.present(column) ? row.text(column).strip() : null;
    }

    /** Why the row cannot be stored, column by column; the problems are added to {@code problems}. */
    static void check(Row row, Problems problems, LocalDate today) {
        if (row.present(P_NHS_NUMBER)) {
            NhsNumber.problemWith(row.text(P_NHS_NUMBER))
                    .ifPresent(problem -> problems.add(PATIENTS, row.line(), "NHSNumber", problem));
        }
        if (row.present(P_BIRTH_DATE)) {
            int day = row.date(P_BIRTH_DATE);
            if (day == Fields.INVALID) {
                problems.add(PATIENTS, row.line(), "PersonBirthDate", Fields.dateProblem(row.text(P_BIRTH_DATE)));
            } else if (Fields.localDate(day).isAfter(today)) {
                problems.add(PATIENTS, row.line(), "PersonBirthDate", row.text(P_BIRTH_DATE) + " is in the future");
            }
        }
        if (row.present(P_GENDER) && gender(row) == null) {
            problems.add(
                    PATIENTS,
                    row.line(),
                    "GenderIdentity",
                    "'" + Problems.printable(row.text(P_GENDER))
                            + "' is not a gender identity code (1, 2, 3, 4, X not known, Z not stated)");
        }
        if (row.present(P_ETHNICITY) && ethnicity(row) == null) {
            problems.add(
                    PATIENTS,
                    row.line(),
                    "EthnicCategory",
                    "'" + Problems.printable(row.text(P_ETHNICITY))
                            + "' is not an ethnic category code (A to S, Z not stated, 99 not known)");
        }
        if (row.present(P_PREFERRED_MODE) && preferredMode(row) == null) {
            problems.add(
                    PATIENTS,
                    row.line(),
                    "PreferredMode",
                    "'" + Problems.printable(row.text(P_PREFERRED_MODE))
                            + "' is not a ConsMechanism code (e.g. 01 face to face, 02 telephone, 11 video)");
        }
        if (row.present(P_VOICEMAIL) && voicemail(row) == null) {
            problems.add(
                    PATIENTS,
                    row.line(),
                    "VoicemailConsent",
                    "'" + Problems.printable(row.text(P_VOICEMAIL))
                            + "' is not Y (a message may be left) or N (it may not); leave it empty when not recorded");
        }
        if (row.present(P_EMAIL) && !row.text(P_EMAIL).strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(
                    PATIENTS,
                    row.line(),
                    "EmailAddress",
                    "'" + Problems.printable(row.text(P_EMAIL)) + "' is not an e-mail address");
        }
        for (int column = P_GIVEN_NAME; column < PATIENT_COLUMNS.size(); column++) {
            if (row.present(column) && row.text(column).length() > MAX_TEXT) {
                problems.add(
                        PATIENTS,
                        row.line(),
                        PATIENT_COLUMNS.get(column).name(),
                        "is longer than " + MAX_TEXT + " characters");
            }
        }
    }
}

package org.stepline.patients.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PreferredPhone;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.UkPhone;
import org.stepline.shared.UkPostcode;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.NationalCode;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.TypedText;

/**
 * The add and edit patient form, exactly as typed: every field is text so that a wrong answer never loses the
 * rest. {@link #problems(LocalDate)} says what is wrong, field by field; {@link #toDetails()} reads a form that has
 * none.
 */
public record PatientForm(
        @Nullable String nhsNumber,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String dateOfBirth,
        @Nullable String gender,
        @Nullable String ethnicity,
        @Nullable String postcode,
        @Nullable String gpPracticeCode,
        @Nullable String gpPracticeName,
        @Nullable String mobilePhone,
        @Nullable String landlinePhone,
        @Nullable String callFirst,
        @Nullable String voicemail,
        @TypedText.Field(TypedText.Kind.NOTE) @Nullable String safeCallTimes,
        @Nullable String email,
        @Nullable String preferredMode,
        @Nullable String modeChoiceOffered) {

    public static final List<Coded> YES_NO = List.of(new Coded("yes", "Yes"), new Coded("no", "No"));
    public static final List<Coded> CALL_FIRST = List.of(
            new Coded(PreferredPhone.MOBILE.name(), "Mobile"), new Coded(PreferredPhone.LANDLINE.name(), "Landline"));
    public static final List<ConsultationMechanism> MODES = List.of(ConsultationMechanism.values());

    private static final int OLDEST_PLAUSIBLE_AGE = 120;
    private static final int LONGEST_NAME = 100;
    private static final int LONGEST_NOTE = 500;

    public static PatientForm blank() {
        return new PatientForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static PatientForm of(PatientDetails p) {
        return new PatientForm(
                p.nhsNumber() == null ? "" : p.nhsNumber().formatted(),
                p.givenName(),
                p.familyName(),
                DateField.format(p.dateOfBirth()),
                p.genderCode(),
                p.ethnicCategory(),
                p.postcode(),
                p.gpPracticeCode(),
                p.gpPracticeName(),
                p.mobilePhone(),
                p.landlinePhone(),
                p.preferredPhone() == null ? null : p.preferredPhone().name(),
                yesNo(p.voicemailAllowed()),
                p.safeCallTimes(),
                p.email(),
                p.preferredMode() == null ? null : p.preferredMode().code(),
                yesNo(p.modeChoiceOffered()));
    }

    /** What is wrong with the form, by field, in the order the fields appear; empty when it can be saved. */
    public Map<String, String> problems(LocalDate today) {
        var problems = TypedText.problemsOf(this);
        NhsNumber.problemWith(nhsNumber).ifPresent(p -> problems.put("nhsNumber", p));
        checkName(problems, "givenName", givenName, "given name");
        checkName(problems, "familyName", familyName, "family name");
        dateOfBirthProblem(today).ifPresent(p -> problems.put("dateOfBirth", p));
        checkChosen(problems, "gender", gender, CodeList.GENDER_IDENTITY.entries(), "Choose the patient's gender");
        checkChosen(
                problems,
                "ethnicity",
                ethnicity,
                CodeList.ETHNIC_CATEGORY.entries(),
                "Choose the patient's ethnic group");
        if (given(postcode) && UkPostcode.normalise(postcode).isEmpty()) {
            problems.put("postcode", "Enter a real postcode, like LS1 4AP");
        }
        if (given(gpPracticeCode)
                && !text(gpPracticeCode).toUpperCase(Locale.UK).matches("[A-Z]\\d{5}")) {
            problems.put("gpPracticeCode", "GP practice code must be a letter and 5 numbers, like B86001");
        }
        checkLength(problems, "gpPracticeName", gpPracticeName, LONGEST_NAME, "GP practice name");
        phoneProblems(problems);
        checkChosen(problems, "voicemail", voicemail, YES_NO, "Choose whether a voicemail may be left for the patient");
        checkLength(problems, "safeCallTimes", safeCallTimes, LONGEST_NOTE, "Safe times to call");
        if (given(email) && !text(email).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("email", "Enter an email address in the right format, like name@example.com");
        }
        checkChosen(problems, "preferredMode", preferredMode, MODES, "Choose how the patient prefers to be seen");
        checkChosen(
                problems,
                "modeChoiceOffered",
                modeChoiceOffered,
                YES_NO,
                "Say whether the patient was offered a choice of how to be seen");
        return problems;
    }

    /** The details this form describes; only for a form without {@link #problems(LocalDate) problems}. */
    public PatientDetails toDetails() {
        String mobile = given(mobilePhone) ? UkPhone.mobile(mobilePhone).orElseThrow() : null;
        String landline = given(landlinePhone) ? UkPhone.landline(landlinePhone).orElseThrow() : null;
        return new PatientDetails(
                NhsNumber.parse(nhsNumber),
                text(givenName),
                text(familyName),
                DateField.parse(dateOfBirth).orElseThrow(),
                text(gender),
                text(ethnicity),
                given(postcode) ? UkPostcode.normalise(postcode).orElseThrow() : null,
                given(gpPracticeCode) ? text(gpPracticeCode).toUpperCase(Locale.UK) : null,
                optional(gpPracticeName),
                mobile,
                landline,
                callFirst(mobile, landline),
                "yes".equals(voicemail),
                optional(safeCallTimes),
                optional(email),
                ConsultationMechanism.of(text(preferredMode)),
                "yes".equals(modeChoiceOffered));
    }

    private Optional<String> dateOfBirthProblem(LocalDate today) {
        var notADate = DateField.problemWith(dateOfBirth, "date of birth", "15/3/1984");
        if (notADate.isPresent()) {
            return notADate;
        }
        var date = DateField.parse(dateOfBirth).orElseThrow();
        if (date.isAfter(today)) {
            return Optional.of("Date of birth must be today or in the past");
        }
        if (date.isBefore(today.minusYears(OLDEST_PLAUSIBLE_AGE))) {
            return Optional.of(
                    "Date of birth must be within the last " + OLDEST_PLAUSIBLE_AGE + " years: check the year");
        }
        return Optional.empty();
    }

    private void phoneProblems(Map<String, String> problems) {
        if (!given(mobilePhone) && !given(landlinePhone)) {
            problems.put("mobilePhone", "Enter a mobile or a landline number: telephone work needs at least one");
            return;
        }
        if (given(mobilePhone) && UkPhone.mobile(mobilePhone).isEmpty()) {
            problems.put("mobilePhone", "Enter a UK mobile number, like 07700 900123");
        }
        if (given(landlinePhone) && UkPhone.landline(landlinePhone).isEmpty()) {
            problems.put("landlinePhone", "Enter a UK landline number, like 0113 496 0000");
        }
        if (given(mobilePhone) && given(landlinePhone) && !given(callFirst)) {
            problems.put("callFirst", "Choose which number to call first");
        } else if ("MOBILE".equals(callFirst) && !given(mobilePhone)) {
            problems.put(
                    "callFirst", "You chose to call the mobile first: enter the mobile number, or choose the landline");
        } else if ("LANDLINE".equals(callFirst) && !given(landlinePhone)) {
            problems.put(
                    "callFirst",
                    "You chose to call the landline first: enter the landline number, or choose the mobile");
        } else if (given(callFirst) && !"MOBILE".equals(callFirst) && !"LANDLINE".equals(callFirst)) {
            problems.put("callFirst", "Choose which number to call first");
        }
    }

    /** The number to call first: as chosen, or the only number there is. */
    private @Nullable PreferredPhone callFirst(@Nullable String mobile, @Nullable String landline) {
        if (given(callFirst)) {
            return PreferredPhone.valueOf(text(callFirst));
        }
        return mobile != null ? PreferredPhone.MOBILE : landline != null ? PreferredPhone.LANDLINE : null;
    }

    private static void checkName(Map<String, String> problems, String field, @Nullable String value, String what) {
        if (!given(value)) {
            problems.put(field, "Enter the patient's " + what);
        } else {
            checkLength(
                    problems, field, value, LONGEST_NAME, Character.toUpperCase(what.charAt(0)) + what.substring(1));
        }
    }

    private static void checkLength(
            Map<String, String> problems, String field, @Nullable String value, int most, String what) {
        if (given(value) && text(value).length() > most) {
            problems.put(field, what + " must be " + most + " characters or fewer");
        }
    }

    private static void checkChosen(
            Map<String, String> problems,
            String field,
            @Nullable String value,
            List<? extends NationalCode> options,
            String message) {
        if (options.stream().noneMatch(option -> option.code().equals(value))) {
            problems.put(field, message);
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return given(value) ? text(value) : null;
    }
}

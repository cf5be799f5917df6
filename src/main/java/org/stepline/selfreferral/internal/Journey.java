package org.stepline.selfreferral.internal;

import static org.stepline.selfreferral.internal.Field.radios;
import static org.stepline.selfreferral.internal.Field.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepline.measures.Instrument;
import org.stepline.selfreferral.internal.Field.Check;
import org.stepline.selfreferral.internal.Field.Kind;
import org.stepline.shared.codes.CodeList;

/**
 * Every page of the self-referral, in order: eligibility first (age, GP practice, not already under a mental health
 * team), consent to tell the GP, then the person's details, what they want help with (how long, therapy before,
 * medicine), the direct question about harming themselves, the national equality questions and employment status
 * (national codes, each with "Prefer not to say" as its list's "not stated" code), how they would like to be seen,
 * and the questionnaires one question at a time (what services ask: {@code docs/decisions.md}, "Self-referral").
 */
public record Journey(List<Question> questions) {

    public static final String BIRTH_DATE = "dateOfBirth";
    public static final String PRACTICE = "practice";
    public static final String NOT_LISTED = "NONE";
    public static final String HARM = "harm";
    public static final String MODE = "mode";
    public static final String PREFER_NOT = "Z";
    public static final String SECONDARY_CARE = "secondaryCare";
    public static final String EMPLOYMENT = "employment";

    static final List<Choice> YES_NO = List.of(new Choice("Y", "Yes"), new Choice("N", "No"));

    public Journey {
        questions = List.copyOf(questions);
    }

    public static Journey of(Settings settings, List<Instrument> instruments) {
        var pages = new ArrayList<Question>();
        pages.add(page(
                BIRTH_DATE,
                "About you",
                "What is your date of birth?",
                null,
                new Field(
                        BIRTH_DATE,
                        "What is your date of birth?",
                        Kind.DATE,
                        List.of(),
                        true,
                        10,
                        "For example, 15/3/1984",
                        "bday",
                        "Enter your date of birth",
                        Check.BIRTH_DATE)));
        var practices = new ArrayList<Choice>(settings.practices().stream()
                .map(p -> new Choice(p.code(), p.name()))
                .toList());
        practices.add(new Choice(NOT_LISTED, "My GP practice is not on this list"));
        pages.add(page(
                PRACTICE,
                "About you",
                "Which GP practice are you registered with?",
                null,
                radios(
                        PRACTICE,
                        "Which GP practice are you registered with?",
                        practices,
                        "We can only help people registered with a GP practice in our area.",
                        "Choose your GP practice")));
        pages.add(page(
                SECONDARY_CARE,
                "About you",
                "Are you being seen by a mental health team at the moment?",
                null,
                radios(
                        SECONDARY_CARE,
                        "Are you being seen by a mental health team at the moment?",
                        YES_NO,
                        "For example, a community mental health team, a crisis team or a psychiatrist. "
                                + "Not your GP, and not a counsellor you see privately.",
                        "Choose yes or no")));
        pages.add(page(
                "gpConsent",
                "About you",
                "Can we tell your GP that you have referred yourself?",
                null,
                radios(
                        "gpConsent",
                        "Can we tell your GP that you have referred yourself?",
                        YES_NO,
                        "We would tell them you are with us and, later, how your treatment went. "
                                + "If you say no, we will talk to you first if we ever need to contact them.",
                        "Choose yes or no")));
        pages.addAll(details());
        pages.addAll(equality());
        pages.add(modePage(settings));
        for (var instrument : instruments) {
            pages.addAll(questionnaire(instrument));
        }
        return new Journey(pages);
    }

    private static List<Question> details() {
        return List.of(
                new Question(
                        "name",
                        "About you",
                        "What is your name?",
                        null,
                        null,
                        List.of(
                                text(
                                        "givenName",
                                        "First name",
                                        true,
                                        100,
                                        null,
                                        "given-name",
                                        "Enter your first name",
                                        Check.NONE),
                                text(
                                        "familyName",
                                        "Last name",
                                        true,
                                        100,
                                        null,
                                        "family-name",
                                        "Enter your last name",
                                        Check.NONE))),
                page(
                        "nhsNumber",
                        "About you",
                        "What is your NHS number?",
                        null,
                        text(
                                "nhsNumber",
                                "What is your NHS number?",
                                false,
                                20,
                                "It is 10 digits, like 943 476 5919. You can find it on a letter from the NHS or in the NHS App. "
                                        + "Leave it empty if you do not know it.",
                                "off",
                                "",
                                Check.NHS_NUMBER)),
                new Question(
                        "address",
                        "About you",
                        "What is your address?",
                        null,
                        null,
                        List.of(
                                text(
                                        "addressLine1",
                                        "Address line 1",
                                        true,
                                        100,
                                        null,
                                        "address-line1",
                                        "Enter the first line of your address",
                                        Check.NONE),
                                text(
                                        "addressLine2",
                                        "Address line 2 (optional)",
                                        false,
                                        100,
                                        null,
                                        "address-line2",
                                        "",
                                        Check.NONE),
                                text(
                                        "town",
                                        "Town or city",
                                        true,
                                        60,
                                        null,
                                        "address-level2",
                                        "Enter your town or city",
                                        Check.NONE),
                                text(
                                        "postcode",
                                        "Postcode",
                                        true,
                                        10,
                                        null,
                                        "postal-code",
                                        "Enter your postcode",
                                        Check.POSTCODE))),
                new Question(
                        "phones",
                        "How we contact you",
                        "What numbers can we call you on?",
                        null,
                        "Give at least one number.",
                        List.of(
                                text("mobilePhone", "Mobile number", false, 20, null, "tel", "", Check.MOBILE),
                                text(
                                        "landlinePhone",
                                        "Other phone number (optional)",
                                        false,
                                        20,
                                        null,
                                        "tel",
                                        "",
                                        Check.PHONE),
                                new Field(
                                        "callFirst",
                                        "Which number should we call first?",
                                        Kind.RADIOS,
                                        List.of(
                                                new Choice("MOBILE", "Mobile"),
                                                new Choice("LANDLINE", "The other number")),
                                        false,
                                        10,
                                        "Only if you gave both.",
                                        null,
                                        "",
                                        Check.NONE))),
                page(
                        "voicemail",
                        "How we contact you",
                        "Can we leave a voicemail message?",
                        null,
                        radios(
                                "voicemail",
                                "Can we leave a voicemail message?",
                                YES_NO,
                                "We would only say our name and ask you to call back.",
                                "Choose yes or no")),
                page(
                        "safeCallTimes",
                        "How we contact you",
                        "When is it safe for us to call you?",
                        null,
                        text(
                                "safeCallTimes",
                                "When is it safe for us to call you?",
                                false,
                                200,
                                "For example: weekday mornings, or not when my partner is at home.",
                                "off",
                                "",
                                Check.NONE)),
                page(
                        "email",
                        "How we contact you",
                        "What is your email address?",
                        null,
                        text(
                                "email",
                                "What is your email address? (optional)",
                                false,
                                200,
                                "We will send you a message to say we have your referral.",
                                "email",
                                "",
                                Check.EMAIL)),
                page(
                        "helpWith",
                        "What you would like help with",
                        "What would you like help with?",
                        null,
                        new Field(
                                "helpWith",
                                "What would you like help with?",
                                Kind.TEXTAREA,
                                List.of(),
                                true,
                                2000,
                                "In your own words. You can say how long you have felt like this.",
                                null,
                                "Tell us what you would like help with",
                                Check.NONE)),
                page(
                        "howLong",
                        "What you would like help with",
                        "How long have you felt like this?",
                        null,
                        radios(
                                "howLong",
                                "How long have you felt like this?",
                                List.of(
                                        new Choice("UNDER_3_MONTHS", "Less than 3 months"),
                                        new Choice("3_TO_12_MONTHS", "3 months to a year"),
                                        new Choice("1_TO_2_YEARS", "1 to 2 years"),
                                        new Choice("OVER_2_YEARS", "More than 2 years")),
                                null,
                                "Choose how long")),
                page(
                        "previousTherapy",
                        "What you would like help with",
                        "Have you had talking therapy before?",
                        null,
                        radios(
                                "previousTherapy",
                                "Have you had talking therapy before?",
                                YES_NO,
                                "For example, counselling or CBT, from the NHS or anywhere else.",
                                "Choose yes or no")),
                page(
                        "medication",
                        "What you would like help with",
                        "Are you taking any medicine for how you feel?",
                        null,
                        new Field(
                                "medication",
                                "Are you taking any medicine for how you feel? (optional)",
                                Kind.TEXTAREA,
                                List.of(),
                                false,
                                500,
                                "For example, the name of an antidepressant and how much you take. "
                                        + "Leave it empty if you are not, or would rather tell us later.",
                                null,
                                "",
                                Check.NONE)),
                page(
                        HARM,
                        "What you would like help with",
                        "Are you having thoughts of harming yourself or ending your life?",
                        null,
                        radios(
                                HARM,
                                "Are you having thoughts of harming yourself or ending your life?",
                                YES_NO,
                                "It is OK to tell us. We ask everyone.",
                                "Choose yes or no")));
    }

    private static List<Question> equality() {
        String why = "This helps us check our service is fair to everyone. It does not change the help you get.";
        return List.of(
                equal(
                        "ethnicCategory",
                        "What is your ethnic group?",
                        national(CodeList.ETHNIC_CATEGORY, "Z", Map.of(), "99"),
                        why),
                equal("gender", "What is your gender?", national(CodeList.GENDER_IDENTITY, "Z", Map.of(), "X"), why),
                equal(
                        "genderSameAtBirth",
                        "Is your gender the same as the sex you were registered at birth?",
                        national(CodeList.GENDER_SAME_AT_BIRTH, "Z", Map.of("Y", "Yes", "N", "No"), "X"),
                        why),
                equal(
                        "sexualOrientation",
                        "Which of these best describes your sexual orientation?",
                        national(
                                CodeList.SEXUAL_ORIENTATION,
                                "Z",
                                Map.of(
                                        "1",
                                        "Heterosexual or straight",
                                        "2",
                                        "Gay or lesbian",
                                        "4",
                                        "Other sexual orientation",
                                        "U",
                                        "I do not know or I am not sure")),
                        why),
                equal(
                        "religion",
                        "What is your religion or belief?",
                        national(
                                CodeList.RELIGION,
                                "M",
                                Map.of("K", "Another religion or belief", "L", "No religion"),
                                "N"),
                        why),
                equal(
                        "disability",
                        "Do you have a disability?",
                        withNotSay(YES_NO),
                        "For example, a condition that makes day-to-day life harder, like sight loss or a learning disability."),
                equal(
                        "longTermCondition",
                        "Do you have a long-term physical health condition?",
                        withNotSay(YES_NO),
                        "For example, diabetes, asthma, heart disease or long-term pain."),
                equal("exForces", "Have you served in the UK armed forces?", withNotSay(YES_NO), why),
                equal(
                        "perinatal",
                        "Are you pregnant, or have you had a baby in the last year?",
                        withNotSay(List.of(
                                new Choice("Y", "Yes"),
                                new Choice("N", "No"),
                                new Choice("NA", "This does not apply to me"))),
                        why),
                equal(
                        EMPLOYMENT,
                        "Which of these best describes you now?",
                        national(
                                CodeList.EMPLOYMENT_STATUS,
                                "ZZ",
                                Map.of(
                                        "01",
                                        "In paid work (including self-employed)",
                                        "02",
                                        "Unemployed and looking for work",
                                        "03",
                                        "A student, and not working or looking for work",
                                        "04",
                                        "Long-term sick or disabled",
                                        "05",
                                        "Looking after the family or home",
                                        "06",
                                        "Not working or looking for work, and not getting sickness or disability benefits",
                                        "07",
                                        "Doing unpaid voluntary work, and not working or looking for work",
                                        "08",
                                        "Retired")),
                        "The NHS asks everyone this. It does not change the help you get."));
    }

    /**
     * The choices of a national code list, in its order, in the person's own words where the list's are not plain,
     * without the codes not offered to a person ("not known" is for staff), and ending with "Prefer not to say" as
     * the code the list gives for a person who was asked and declined.
     */
    static List<Choice> national(CodeList list, String declined, Map<String, String> words, String... notOffered) {
        var choices = new ArrayList<Choice>();
        for (var entry : list.entries()) {
            if (!entry.code().equals(declined) && !List.of(notOffered).contains(entry.code())) {
                choices.add(new Choice(entry.code(), words.getOrDefault(entry.code(), entry.label())));
            }
        }
        choices.add(new Choice(list.find(declined).orElseThrow().code(), "Prefer not to say"));
        return choices;
    }

    private static Question modePage(Settings settings) {
        var choices = settings.offered().stream()
                .map(m -> new Choice(m.mode().code(), m.name(), m.explanation()))
                .toList();
        return page(
                MODE,
                "How you would like to be seen",
                "How would you like to be seen?",
                null,
                radios(
                        MODE,
                        "How would you like to be seen?",
                        choices,
                        Wording.CHOICE_IS_YOURS,
                        "Choose how you would like to be seen"));
    }

    private static List<Question> questionnaire(Instrument instrument) {
        var pages = new ArrayList<Question>();
        for (var item : instrument.items()) {
            var choices = new ArrayList<Choice>(instrument.optionsFor(item).stream()
                    .map(o -> new Choice(
                            String.valueOf(o.value()),
                            o.label() == null || o.label().isBlank() ? String.valueOf(o.value()) : o.label()))
                    .toList());
            if (item.allowsNotApplicable()) {
                choices.add(new Choice("NA", item.notApplicable()));
            }
            String name = instrument.id() + "." + item.number();
            pages.add(new Question(
                    name,
                    "Questionnaires: " + instrument.title(),
                    item.text(),
                    instrument.title() + ", question " + item.number() + " of "
                            + instrument.items().size(),
                    instrument.stem(),
                    List.of(new Field(
                            name,
                            item.text(),
                            Kind.RADIOS,
                            choices,
                            true,
                            4,
                            instrument.stem(),
                            null,
                            "Choose an answer",
                            Check.QUESTIONNAIRE))));
        }
        return pages;
    }

    private static Question equal(String id, String heading, List<Choice> choices, String hint) {
        return page(
                id,
                "Questions about you",
                heading,
                null,
                radios(id, heading, choices, hint, "Choose an answer, or prefer not to say"));
    }

    private static List<Choice> withNotSay(List<Choice> choices) {
        var all = new ArrayList<>(choices);
        all.add(new Choice(PREFER_NOT, "Prefer not to say"));
        return all;
    }

    private static Question page(String id, String section, String heading, String caption, Field field) {
        return new Question(id, section, heading, caption, null, List.of(field));
    }

    public Optional<Question> find(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Question first() {
        return questions.getFirst();
    }

    /** The page after this one, or empty after the last (then the person checks their answers). */
    public Optional<Question> after(String id) {
        int i = indexOf(id);
        return i + 1 < questions.size() ? Optional.of(questions.get(i + 1)) : Optional.empty();
    }

    public Optional<Question> before(String id) {
        int i = indexOf(id);
        return i > 0 ? Optional.of(questions.get(i - 1)) : Optional.empty();
    }

    private int indexOf(String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No question " + id);
    }

    /** Every field of every page, for reading a whole set of answers. */
    public List<Field> fields() {
        return questions.stream().flatMap(q -> q.fields().stream()).toList();
    }
}

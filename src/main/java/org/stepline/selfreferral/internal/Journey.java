package org.stepline.selfreferral.internal;

import static org.stepline.selfreferral.internal.Field.radios;
import static org.stepline.selfreferral.internal.Field.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.stepline.measures.Instrument;
import org.stepline.selfreferral.internal.Field.Check;
import org.stepline.selfreferral.internal.Field.Kind;
import org.stepline.shared.codes.CodeList;

/**
 * Every page of the self-referral, in order: eligibility first (age, GP practice), then the person's details, what
 * they want help with, the direct question about harming themselves, the national equality questions (each with
 * "Prefer not to say"), how they would like to be seen, and the questionnaires one question at a time.
 */
public record Journey(List<Question> questions) {

    public static final String BIRTH_DATE = "dateOfBirth";
    public static final String PRACTICE = "practice";
    public static final String NOT_LISTED = "NONE";
    public static final String HARM = "harm";
    public static final String MODE = "mode";
    public static final String PREFER_NOT = "Z";

    static final List<Choice> YES_NO = List.of(new Choice("Y", "Yes"), new Choice("N", "No"));

    public Journey {
        questions = List.copyOf(questions);
    }

    public static Journey of(Settings settings, List<Instrument> instruments) {
        var pages = new ArrayList<Question>();
        pages.add(page(BIRTH_DATE, "About you", "What is your date of birth?", null,
                new Field(BIRTH_DATE, "What is your date of birth?", Kind.DATE, List.of(), true, 10,
                        "For example, 15/3/1984", "bday", "Enter your date of birth", Check.BIRTH_DATE)));
        var practices = new ArrayList<Choice>(settings.practices().stream().map(p -> new Choice(p.code(), p.name())).toList());
        practices.add(new Choice(NOT_LISTED, "My GP practice is not on this list"));
        pages.add(page(PRACTICE, "About you", "Which GP practice are you registered with?", null,
                radios(PRACTICE, "Which GP practice are you registered with?", practices,
                        "We can only help people registered with a GP practice in our area.", "Choose your GP practice")));
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
                new Question("name", "About you", "What is your name?", null, null, List.of(
                        text("givenName", "First name", true, 100, null, "given-name", "Enter your first name", Check.NONE),
                        text("familyName", "Last name", true, 100, null, "family-name", "Enter your last name", Check.NONE))),
                page("nhsNumber", "About you", "What is your NHS number?", null,
                        text("nhsNumber", "What is your NHS number?", false, 20,
                                "It is 10 digits, like 943 476 5919. You can find it on a letter from the NHS or in the NHS App. "
                                        + "Leave it empty if you do not know it.", "off", "", Check.NHS_NUMBER)),
                new Question("address", "About you", "What is your address?", null, null, List.of(
                        text("addressLine1", "Address line 1", true, 100, null, "address-line1", "Enter the first line of your address", Check.NONE),
                        text("addressLine2", "Address line 2 (optional)", false, 100, null, "address-line2", "", Check.NONE),
                        text("town", "Town or city", true, 60, null, "address-level2", "Enter your town or city", Check.NONE),
                        text("postcode", "Postcode", true, 10, null, "postal-code", "Enter your postcode", Check.POSTCODE))),
                new Question("phones", "How we contact you", "What numbers can we call you on?", null,
                        "Give at least one number.", List.of(
                        text("mobilePhone", "Mobile number", false, 20, null, "tel", "", Check.MOBILE),
                        text("landlinePhone", "Other phone number (optional)", false, 20, null, "tel", "", Check.PHONE),
                        new Field("callFirst", "Which number should we call first?", Kind.RADIOS,
                                List.of(new Choice("MOBILE", "Mobile"), new Choice("LANDLINE", "The other number")), false,
                                10, "Only if you gave both.", null, "", Check.NONE))),
                page("voicemail", "How we contact you", "Can we leave a voicemail message?", null,
                        radios("voicemail", "Can we leave a voicemail message?", YES_NO,
                                "We would only say our name and ask you to call back.", "Choose yes or no")),
                page("safeCallTimes", "How we contact you", "When is it safe for us to call you?", null,
                        text("safeCallTimes", "When is it safe for us to call you?", false, 200,
                                "For example: weekday mornings, or not when my partner is at home.", "off", "", Check.NONE)),
                page("email", "How we contact you", "What is your email address?", null,
                        text("email", "What is your email address? (optional)", false, 200,
                                "We will send you a message to say we have your referral.", "email", "", Check.EMAIL)),
                page("helpWith", "What you would like help with", "What would you like help with?", null,
                        new Field("helpWith", "What would you like help with?", Kind.TEXTAREA, List.of(), true, 2000,
                                "In your own words. You can say how long you have felt like this.", null,
                                "Tell us what you would like help with", Check.NONE)),
                page(HARM, "What you would like help with",
                        "Are you having thoughts of harming yourself or ending your life?", null,
                        radios(HARM, "Are you having thoughts of harming yourself or ending your life?", YES_NO,
                                "It is OK to tell us. We ask everyone.", "Choose yes or no")));
    }

    private static List<Question> equality() {
        var notSay = new Choice(PREFER_NOT, "Prefer not to say");
        var ethnic = Stream.concat(CodeList.ETHNIC_CATEGORY.entries().stream()
                .filter(c -> !c.code().equals("Z") && !c.code().equals("99")).map(c -> new Choice(c.code(), c.label())),
                Stream.of(notSay)).toList();
        var gender = Stream.concat(CodeList.GENDER_IDENTITY.entries().stream()
                .filter(c -> List.of("1", "2", "3", "4").contains(c.code())).map(c -> new Choice(c.code(), c.label())),
                Stream.of(notSay)).toList();
        String why = "This helps us check our service is fair to everyone. It does not change the help you get.";
        return List.of(
                equal("ethnicCategory", "What is your ethnic group?", ethnic, why),
                equal("gender", "What is your gender?", gender, why),
                equal("genderSameAtBirth", "Is your gender the same as the sex you were registered at birth?",
                        withNotSay(YES_NO), why),
                equal("sexualOrientation", "Which of these best describes your sexual orientation?", withNotSay(List.of(
                        new Choice("1", "Heterosexual or straight"), new Choice("2", "Gay or lesbian"),
                        new Choice("3", "Bisexual"), new Choice("4", "Other sexual orientation"),
                        new Choice("U", "I do not know or I am not sure"))), why),
                equal("religion", "What is your religion or belief?", withNotSay(List.of(
                        new Choice("NONE", "No religion"), new Choice("BUDDHIST", "Buddhist"),
                        new Choice("CHRISTIAN", "Christian"), new Choice("HINDU", "Hindu"),
                        new Choice("JEWISH", "Jewish"), new Choice("MUSLIM", "Muslim"), new Choice("SIKH", "Sikh"),
                        new Choice("OTHER", "Another religion or belief"))), why),
                equal("disability", "Do you have a disability?", withNotSay(YES_NO),
                        "For example, a condition that makes day-to-day life harder, like sight loss or a learning disability."),
                equal("longTermCondition", "Do you have a long-term physical health condition?", withNotSay(YES_NO),
                        "For example, diabetes, asthma, heart disease or long-term pain."),
                equal("exForces", "Have you served in the UK armed forces?", withNotSay(YES_NO), why),
                equal("perinatal", "Are you pregnant, or have you had a baby in the last year?",
                        withNotSay(List.of(new Choice("Y", "Yes"), new Choice("N", "No"),
                                new Choice("NA", "This does not apply to me"))), why));
    }

    private static Question modePage(Settings settings) {
        var choices = settings.offered().stream().map(m -> new Choice(m.mode().code(), m.name(), m.explanation())).toList();
        return page(MODE, "How you would like to be seen", "How would you like to be seen?", null,
                radios(MODE, "How would you like to be seen?", choices, Wording.CHOICE_IS_YOURS,
                        "Choose how you would like to be seen"));
    }

    private static List<Question> questionnaire(Instrument instrument) {
        var pages = new ArrayList<Question>();
        for (var item : instrument.items()) {
            var choices = new ArrayList<Choice>(instrument.optionsFor(item).stream()
                    .map(o -> new Choice(String.valueOf(o.value()), o.label() == null || o.label().isBlank()
                            ? String.valueOf(o.value()) : o.label())).toList());
            if (item.allowsNotApplicable()) {
                choices.add(new Choice("NA", item.notApplicable()));
            }
            String name = instrument.id() + "." + item.number();
            pages.add(new Question(name, "Questionnaires: " + instrument.title(), item.text(),
                    instrument.title() + ", question " + item.number() + " of " + instrument.items().size(),
                    instrument.stem(), List.of(new Field(name, item.text(), Kind.RADIOS, choices, true, 4,
                            instrument.stem(), null, "Choose an answer", Check.QUESTIONNAIRE))));
        }
        return pages;
    }

    private static Question equal(String id, String heading, List<Choice> choices, String hint) {
        return page(id, "Questions about you", heading, null, radios(id, heading, choices, hint, "Choose an answer, or prefer not to say"));
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

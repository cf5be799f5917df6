package org.stepline.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stepline.demo.DemoService.Patient;
import org.stepline.demo.DemoService.Staff;
import org.stepline.demo.DemoVocabulary.NamePool;
import org.stepline.identity.Role;
import org.stepline.shared.NhsNumber;

/**
 * Makes the demo's people: staff with usernames, and patients with synthetic details that can never be a real
 * person's: NHS numbers from 999 000 0000 upwards (the 999 range is never issued, so it marks test data), and
 * telephone numbers from Ofcom's ranges kept for drama (07700 900xxx, 01632 960xxx).
 */
final class DemoPeople {

    static final String PRACTITIONER = "practitioner";
    static final String SUPERVISOR = "supervisor";
    static final String MANAGER = "manager";

    private final Dice dice;
    private final LocalDate today;
    private final Set<String> usernames = new HashSet<>(Set.of("admin", PRACTITIONER, SUPERVISOR, MANAGER));
    private long nhsPrefix = 999_000_000L;
    private int professionalIds;

    DemoPeople(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /**
     * The three named demo accounts (all in the first team), then each team's clinicians: about three in five are
     * step 2 PWPs, the rest step 3 therapists.
     */
    List<Staff> staff(int teams, int cliniciansPerTeam) {
        var staff = new ArrayList<Staff>();
        staff.add(new Staff(PRACTITIONER, "Alex Morgan", Role.PRACTITIONER, 0, professionalId(2), 2));
        staff.add(new Staff(SUPERVISOR, "Jo Bennett", Role.SUPERVISOR, 0, professionalId(2), 2));
        staff.add(new Staff(MANAGER, "Priya Shah", Role.MANAGER, 0, null, 0));
        int pwps = Math.max(1, (int) Math.ceil(cliniciansPerTeam * 0.6));
        for (int team = 0; team < teams; team++) {
            for (int i = 0; i < cliniciansPerTeam; i++) {
                int step = i < pwps ? 2 : 3;
                var names = dice.chance(0.7) ? DemoVocabulary.BRITISH : dice.pick(DemoVocabulary.NAME_POOLS);
                String given = dice.pick(dice.chance(0.75) ? names.female() : names.male());
                String family = dice.pick(names.family());
                staff.add(new Staff(
                        username(given, family),
                        given + " " + family,
                        Role.PRACTITIONER,
                        team,
                        professionalId(step),
                        step));
            }
        }
        return List.copyOf(staff);
    }

    private String username(String given, String family) {
        String base = (given + "." + family).toLowerCase(Locale.UK).replaceAll("[^a-z.]", "");
        String name = base;
        for (int n = 2; !usernames.add(name); n++) {
            name = base + n;
        }
        return name;
    }

    private String professionalId(int step) {
        return String.format(Locale.UK, "DEMO-%s-%03d", step == 2 ? "PWP" : "HIT", ++professionalIds);
    }

    Patient patient(int team) {
        String gender = dice.weighted(DemoVocabulary.GENDER);
        String ethnicity = dice.weighted(DemoVocabulary.ETHNICITY);
        var names = namesFor(ethnicity);
        String given = switch (gender) {
            case "1" -> dice.pick(names.male());
            case "2" -> dice.pick(names.female());
            default -> dice.pick(dice.chance(0.5) ? names.female() : names.male());
        };
        String family = dice.pick(names.family());
        int practice = dice.between(0, 4);
        String mobile = dice.chance(0.92) ? String.format(Locale.UK, "07700 900%03d", dice.between(0, 999)) : null;
        String landline = mobile == null || dice.chance(0.3)
                ? String.format(Locale.UK, "01632 960%03d", dice.between(0, 999))
                : null;
        boolean mobileFirst = mobile != null && (landline == null || dice.chance(0.8));
        String email = dice.chance(0.45) ? emailFor(given, family) : null;
        return new Patient(
                team,
                nextNhsNumber(),
                given,
                family,
                dateOfBirth(),
                gender,
                ethnicity,
                postcode(team),
                practiceCode(team, practice),
                practiceName(team, practice),
                email,
                mobile,
                landline,
                mobileFirst ? "MOBILE" : "LANDLINE",
                dice.chance(0.7),
                dice.chance(0.8) ? dice.pick(DemoVocabulary.SAFE_CALL_TIMES) : null,
                dice.weighted(DemoVocabulary.MODE).code(),
                dice.chance(0.85));
    }

    /** Names that fit the recorded ethnic category; mixed and unstated backgrounds may have any. */
    private NamePool namesFor(String ethnicCategory) {
        return switch (ethnicCategory) {
            case "A", "B" -> DemoVocabulary.BRITISH;
            case "C" -> dice.chance(0.6) ? DemoVocabulary.EAST_EUROPEAN : DemoVocabulary.BRITISH;
            case "H", "J", "K", "L" -> DemoVocabulary.SOUTH_ASIAN;
            case "M", "N", "P" -> DemoVocabulary.BLACK_BRITISH;
            case "R" -> DemoVocabulary.EAST_ASIAN;
            default -> dice.chance(0.6) ? DemoVocabulary.BRITISH : dice.pick(DemoVocabulary.NAME_POOLS);
        };
    }

    /** Ages 18 to 79, more of them young adults than old, as in the programme's referrals. */
    private LocalDate dateOfBirth() {
        int age = Math.min(79, 18 + (int) (62 * Math.pow(dice.unit(), 1.35)));
        return today.minusYears(age).minusDays(dice.between(0, 364));
    }

    private String emailFor(String given, String family) {
        return (given + "." + family).toLowerCase(Locale.UK).replaceAll("[^a-z.]", "") + dice.between(1, 99)
                + "@example.com";
    }

    private String postcode(int team) {
        String area = DemoVocabulary.POSTCODE_AREAS.get(team % DemoVocabulary.POSTCODE_AREAS.size());
        String letters = DemoVocabulary.INWARD_LETTERS;
        return area + dice.between(1, 28) + " " + dice.between(1, 9)
                + letters.charAt(dice.between(0, letters.length() - 1))
                + letters.charAt(dice.between(0, letters.length() - 1));
    }

    private static String practiceCode(int team, int practice) {
        return String.format(Locale.UK, "B%d%04d", 80 + team % 20, 10 + practice + 5 * (team / 20));
    }

    private static String practiceName(int team, int practice) {
        var names = DemoVocabulary.PRACTICE_NAMES;
        return names.get((team * 5 + practice) % names.size());
    }

    /** The next valid NHS number in the 999 range; prefixes whose check digit would be 10 are skipped. */
    private String nextNhsNumber() {
        while (true) {
            nhsPrefix += dice.between(1, 3);
            for (int check = 0; check <= 9; check++) {
                String candidate = Long.toString(nhsPrefix) + check;
                if (NhsNumber.problemWith(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
    }
}

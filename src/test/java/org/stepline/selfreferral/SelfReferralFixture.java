package org.stepline.selfreferral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepline.TestRecords;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffPrincipal;
import org.stepline.selfreferral.internal.Practice;
import org.stepline.selfreferral.internal.Settings;
import org.stepline.selfreferral.internal.SettingsStore;

/** A team that takes self-referrals from one GP practice of its own, and complete sets of answers. */
public final class SelfReferralFixture {

    public final long teamId;
    public final String practiceCode;

    public SelfReferralFixture(SettingsStore settings, long teamId) {
        this.teamId = teamId;
        this.practiceCode = "P" + TestRecords.next();
        var current = settings.current();
        var practices = new java.util.ArrayList<>(current.practices());
        practices.add(new Practice(practiceCode, "Practice " + practiceCode, teamId));
        settings.save(
                new Settings(
                        18,
                        practices,
                        current.crisisHelp(),
                        current.privacyNotice(),
                        current.whatHappensNext(),
                        current.modes()),
                null);
    }

    /** Each national question's code for "Prefer not to say" (its list's "not stated"), in the order asked. */
    public static final Map<String, String> PREFER_NOT_TO_SAY = orderedPairs(
            "ethnicCategory",
            "Z",
            "gender",
            "Z",
            "genderSameAtBirth",
            "Z",
            "sexualOrientation",
            "Z",
            "religion",
            "M",
            "disability",
            "Z",
            "longTermCondition",
            "Z",
            "exForces",
            "Z",
            "perinatal",
            "Z",
            "employment",
            "ZZ");

    private static Map<String, String> orderedPairs(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Every page answered: PHQ-9 all 1 but item 9 as given, GAD-7 all 2, WSAS all 3, phobias all 4. */
    public Map<String, String> answers(
            String given, String family, LocalDate born, String nhsNumber, boolean harm, int phq9Item9, String mode) {
        Map<String, String> a = new HashMap<>();
        a.put("dateOfBirth", born.toString());
        a.put("practice", practiceCode);
        a.put("secondaryCare", "N");
        a.put("gpConsent", "Y");
        a.put("givenName", given);
        a.put("familyName", family);
        a.put("nhsNumber", nhsNumber);
        a.put("addressLine1", "1 Test Street");
        a.put("town", "Leeds");
        a.put("postcode", "LS1 4AP");
        a.put("mobilePhone", "07700 900" + String.format("%03d", TestRecords.next() % 1000));
        a.put("voicemail", "N");
        a.put("safeCallTimes", "Weekday mornings");
        a.put("email", given.toLowerCase() + "." + TestRecords.next() + "@people.stepline.test");
        a.put("helpWith", "I have felt low and worried for months.");
        a.put("howLong", "OVER_2_YEARS");
        a.put("previousTherapy", "N");
        a.put("harm", harm ? "Y" : "N");
        PREFER_NOT_TO_SAY.forEach(a::put);
        a.put("mode", mode);
        for (int i = 1; i <= 9; i++) {
            a.put("PHQ9." + i, i == 9 ? String.valueOf(phq9Item9) : "1");
        }
        for (int i = 1; i <= 7; i++) {
            a.put("GAD7." + i, "2");
        }
        for (int i = 1; i <= 5; i++) {
            a.put("WSAS." + i, "3");
        }
        for (int i = 1; i <= 3; i++) {
            a.put("PHOBIA." + i, "4");
        }
        return a;
    }

    public static void signInAs(CurrentStaff staff) {
        var principal = StaffPrincipal.of(staff);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}

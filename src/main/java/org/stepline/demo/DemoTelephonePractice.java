package org.stepline.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.identity.Role;
import org.stepline.practice.PracticeSupport;
import org.stepline.scheduling.CallSettings;
import org.stepline.surveys.StaffSurveys;
import org.stepline.surveys.SurveyAnswers;

/**
 * Gives the demo service's telephone practice pages something to show, through each module's own interface: two
 * past NoMAD rounds (the later one a little more favourable), telephone-work training, observed sessions and
 * champions, and where each telephone contact was taken (each practitioner mostly in one place).
 */
@Component
class DemoTelephonePractice {

    private static final String[] CODES = {
        "C1", "C2", "C3", "C4", "CP1", "CP2", "CP3", "CP4", "CA1", "CA2", "CA3", "CA4", "CA5", "CA6", "CA7", "RM1",
        "RM2", "RM3", "RM4", "RM5"
    };
    private static final String[] SETTINGS = {"home", "quiet-room", "shared-office", "call-centre"};

    private final StaffSurveys surveys;
    private final PracticeSupport support;
    private final CallSettings callSettings;
    private final JdbcClient jdbc;

    DemoTelephonePractice(StaffSurveys surveys, PracticeSupport support, CallSettings callSettings, JdbcClient jdbc) {
        this.surveys = surveys;
        this.support = support;
        this.callSettings = callSettings;
        this.jdbc = jdbc;
    }

    record Member(long id, Role role, long teamId) {}

    void add(List<Member> staff, long seed, LocalDate today) {
        var random = new Random(seed);
        var clinicians = staff.stream().filter(m -> m.role().isClinician()).toList();
        long manager = staff.stream()
                .filter(m -> m.role() == Role.MANAGER)
                .mapToLong(Member::id)
                .findFirst()
                .orElse(clinicians.getFirst().id());
        surveyRound(random, clinicians, manager, "Telephone work survey, spring", today.minusMonths(8), 0.0);
        surveyRound(random, clinicians, manager, "Telephone work survey, autumn", today.minusMonths(3), 0.4);
        support(random, clinicians, manager, today);
        callSettings(random, clinicians);
    }

    private void surveyRound(
            Random random, List<Member> clinicians, long manager, String title, LocalDate closes, double lift) {
        Set<Long> respondents = new HashSet<>();
        List<StaffSurveys.TeamAnswers> answers = new ArrayList<>();
        for (Member member : clinicians) {
            if (random.nextDouble() < 0.8) {
                respondents.add(member.id());
                answers.add(new StaffSurveys.TeamAnswers(member.teamId(), answers(random, lift)));
            }
        }
        surveys.recordClosedRound(new StaffSurveys.PastRound(
                title, closes.minusDays(21), closes, Set.of(), manager, respondents, answers));
    }

    private static SurveyAnswers answers(Random random, double lift) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, Integer> notRelevant = new HashMap<>();
        double leaning = 3.2 + lift + random.nextGaussian() * 0.6;
        for (String code : CODES) {
            if (random.nextDouble() < 0.06) {
                notRelevant.put(code, 1 + random.nextInt(3));
                continue;
            }
            double centre = code.startsWith("CA5") ? leaning - 0.8 : leaning; // training is the weak point
            int value = (int) Math.round(Math.max(1, Math.min(5, centre + random.nextGaussian() * 0.8)));
            scores.put(code, code.equals("CA2") ? 6 - value : value); // "disrupts working relationships", as answered
        }
        for (String general : new String[] {"G1", "G2", "G3"}) {
            scores.put(general, (int)
                    Math.max(0, Math.min(10, Math.round(5 + 2 * lift + leaning + random.nextGaussian()))));
        }
        return new SurveyAnswers(scores, notRelevant);
    }

    private void support(Random random, List<Member> clinicians, long manager, LocalDate today) {
        for (Member member : clinicians) {
            if (random.nextDouble() < 0.6) {
                support.recordTraining(
                        member.id(),
                        "Telephone-delivered CBT skills (in-house)",
                        today.minusDays(30 + random.nextInt(300)),
                        manager);
            }
            if (random.nextDouble() < 0.5) {
                Member colleague = clinicians.get(random.nextInt(clinicians.size()));
                support.recordObservation(
                        member.id(),
                        true,
                        today.minusDays(10 + random.nextInt(200)),
                        colleague.id() == member.id() ? null : colleague.id(),
                        manager);
                if (colleague.id() != member.id()) {
                    support.recordObservation(
                            colleague.id(), false, today.minusDays(10 + random.nextInt(200)), member.id(), manager);
                }
            }
        }
        Set<Long> teams = new HashSet<>();
        for (Member member : clinicians) {
            if (teams.add(member.teamId())) {
                support.makeChampion(member.id(), today.minusMonths(6));
            }
        }
    }

    private void callSettings(Random random, List<Member> clinicians) {
        Map<Long, String> usual = new HashMap<>();
        clinicians.forEach(m -> usual.put(m.id(), SETTINGS[random.nextInt(SETTINGS.length)]));
        Map<Long, String> settings = new HashMap<>();
        jdbc.sql(
                        "select id, practitioner_id from only appointment where cons_mechanism = '02' and attendance <> '0' order by id")
                .query((RowCallbackHandler) rs -> {
                    String setting = usual.get(rs.getLong(2));
                    if (setting != null && random.nextDouble() < 0.9) {
                        settings.put(
                                rs.getLong(1),
                                random.nextDouble() < 0.8 ? setting : SETTINGS[random.nextInt(SETTINGS.length)]);
                    }
                });
        callSettings.recordWhereTaken(settings);
    }
}

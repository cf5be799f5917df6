package org.stepline.surveys.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.surveys.SurveyAnswers;

/** A shown group's figures from its answer sets, and the previous round's answer sets for the change. */
final class GroupScoring {

    private GroupScoring() {}

    static GroupResult of(
            Nomad nomad,
            String key,
            String label,
            List<SurveyAnswers> responses,
            @Nullable List<SurveyAnswers> previous) {
        var constructs = nomad.constructs().stream()
                .map(c -> new GroupResult.ConstructRow(
                        c,
                        Spread.of(NomadScoring.constructScores(c, responses)),
                        previous == null
                                ? null
                                : Spread.of(NomadScoring.constructScores(c, previous))
                                        .mean()))
                .toList();
        var items = nomad.constructs().stream()
                .flatMap(c -> c.items().stream().map(i -> item(c, i, responses)))
                .toList();
        var general = nomad.general().stream()
                .map(g -> new GroupResult.GeneralRow(
                        g,
                        Spread.of(NomadScoring.generalScores(g, responses)),
                        generalCounts(g, responses),
                        previous == null
                                ? null
                                : Spread.of(NomadScoring.generalScores(g, previous))
                                        .mean()))
                .toList();
        return new GroupResult(key, label, true, responses.size(), constructs, items, general);
    }

    private static GroupResult.ItemRow item(Nomad.Construct construct, Nomad.Item item, List<SurveyAnswers> responses) {
        long[] byValue = new long[Nomad.AGREE_MAX];
        long notRelevant = 0;
        long unanswered = 0;
        for (SurveyAnswers response : responses) {
            Integer value = response.scores().get(item.code());
            if (value != null) {
                byValue[value - 1]++;
            } else if (response.notRelevant().containsKey(item.code())) {
                notRelevant++;
            } else {
                unanswered++;
            }
        }
        return new GroupResult.ItemRow(construct.name(), item, byValue, notRelevant, unanswered);
    }

    private static long[] generalCounts(Nomad.GeneralItem item, List<SurveyAnswers> responses) {
        long[] byValue = new long[Nomad.GENERAL_MAX + 1];
        responses.forEach(r -> {
            Integer value = r.scores().get(item.code());
            if (value != null) {
                byValue[value]++;
            }
        });
        return byValue;
    }
}

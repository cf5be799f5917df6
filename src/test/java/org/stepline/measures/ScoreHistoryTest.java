package org.stepline.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.measures.internal.InSessionMeasures;
import org.stepline.measures.internal.MeasureTarget;

@SpringBootTest
class ScoreHistoryTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InSessionMeasures inSession;

    @Autowired
    InstrumentCatalogue catalogue;

    @Autowired
    ScoreHistory history;

    @Autowired
    PatientMeasures panels;

    private Map<Integer, String> all(int items, String value) {
        Map<Integer, String> answers = new HashMap<>();
        for (int i = 1; i <= items; i++) {
            answers.put(i, value);
        }
        return answers;
    }

    @Test
    void summariesGiveFirstLatestAndChangeOnTheSameDay() {
        var world = new TestRecords(jdbc).world();
        var target = new MeasureTarget(world.patientId(), world.referralId(), world.teamId(), world.appointmentId());
        long staff = world.practitioner().id();
        inSession.enter(target, catalogue.require("PHQ9"), all(9, "2"), staff); // 18
        inSession.enter(target, catalogue.require("PHQ9"), all(9, "1"), staff); // 9, same day, recorded later
        inSession.enter(target, catalogue.require("GAD7"), all(7, "2"), staff); // 14

        var summaries = history.summariesFor(List.of(world.referralId())).get(world.referralId());
        assertThat(summaries).extracting(ScoreSummary::instrumentId).containsExactly("PHQ9", "GAD7");
        var phq = summaries.getFirst();
        assertThat(phq.first()).isEqualTo(18);
        assertThat(phq.latest()).isEqualTo(9);
        assertThat(phq.change()).isEqualTo(-9);
        assertThat(phq.reliablyImproved()).isTrue();
        assertThat(summaries.get(1).administrations()).isEqualTo(1);
        assertThat(summaries.get(1).reliablyImproved())
                .as("a single score cannot show change")
                .isFalse();

        var panel = panels.panelFor(world.patientId());
        assertThat(panel.scores()).hasSize(3);
        assertThat(panel.charts())
                .extracting(MeasuresPanel.Chart::instrumentName)
                .containsExactly("PHQ-9", "GAD-7", "WSAS");
        assertThat(panel.charts().getFirst().svg()).contains("2 PHQ-9 scores, from 18");
    }
}

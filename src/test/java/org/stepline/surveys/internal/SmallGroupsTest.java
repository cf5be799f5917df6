package org.stepline.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallGroupsTest {

    /** Teams as "id:respondents" separated by spaces; the shown teams as ids separated by spaces. */
    @ParameterizedTest(name = "{0} → service {1}, teams [{2}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "1:4                | false | ''", // fewer than five in all: nothing
                "1:5                | true  | 1",
                "1:3 2:1            | false | ''",
                "1:3 2:3            | true  | ''", // the service has six; neither team has five
                "1:5 2:5            | true  | 1 2",
                "1:6 2:2            | true  | ''", // service minus team 1 would give team 2's two answers away
                "1:9 2:6 3:2        | true  | 1", // so the smallest shown team (2) is hidden too
                "1:5 2:5 3:3 4:2    | true  | 1 2", // the hidden teams hold five between them: enough
                "1:7 2:0            | true  | 1", // a team nobody answered in gives nothing away
            })
    void groupsWithFewerThanFiveAreHiddenAndCannotBeWorkedOut(String teams, boolean service, String shown) {
        Map<Long, Integer> counts = new HashMap<>();
        for (String team : teams.trim().split("\\s+")) {
            String[] parts = team.split(":");
            counts.put(Long.valueOf(parts[0]), Integer.valueOf(parts[1]));
        }
        var visible = SmallGroups.of(counts, 5);
        assertThat(visible.service()).isEqualTo(service);
        Set<Long> expected = shown.isBlank()
                ? Set.of()
                : Arrays.stream(shown.trim().split("\\s+")).map(Long::valueOf).collect(Collectors.toSet());
        assertThat(visible.teams()).isEqualTo(expected);
    }
}

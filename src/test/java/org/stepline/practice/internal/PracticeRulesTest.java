package org.stepline.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;

class PracticeRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                               | ''",
                "home                             | home",
                "home home quiet-room             | home",
                "home quiet-room                  | mixed",
                "home quiet-room call-centre      | mixed",
                "call-centre call-centre home home | mixed",
            })
    void aPathwaysSettingIsThatOfMoreThanHalfOfItsCalls(String settings, String expected) {
        List<String> list =
                settings.isBlank() ? List.of() : Arrays.asList(settings.trim().split("\\s+"));
        assertThat(PathwaySettings.of(list)).isEqualTo(expected.isBlank() ? null : expected);
    }

    private static final StaffDirectory.StaffMember PAT =
            new StaffDirectory.StaffMember(10, "pat", "Pat", Role.PRACTITIONER, 1L);

    @ParameterizedTest(name = "{0} {1} of team {2} → {3}")
    @CsvSource({
        "10, PRACTITIONER, 1, true", // the practitioner
        "11, PRACTITIONER, 1, false", // a colleague
        "12, SUPERVISOR, 1, true", // their supervisor
        "13, SUPERVISOR, 2, false", // another team's supervisor
        "14, MANAGER, 0, true",
        "15, ADMIN, 0, false",
    })
    void thePractitionersViewIsForThemTheirSupervisorAndTheManager(long id, Role role, long team, boolean allowed) {
        var me = new CurrentStaff(id, "u" + id, "U", role, team == 0 ? null : team);
        assertThat(PracticeAccess.mayView(me, PAT)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} of team {1} asking for team {2}")
    @CsvSource({"MANAGER, 0, 0, 0", "MANAGER, 0, 3, 3", "SUPERVISOR, 2, 0, 2", "SUPERVISOR, 2, 2, 2"})
    void thePracticePageIsAboutTheTeamOneMaySee(Role role, long team, long asked, long shown) {
        var me = new CurrentStaff(1, "u", "U", role, team == 0 ? null : team);
        Long result = PracticeAccess.pageTeam(me, asked == 0 ? null : asked);
        assertThat(result).isEqualTo(shown == 0 ? null : shown);
    }

    @ParameterizedTest
    @CsvSource({"SUPERVISOR, 2, 3", "PRACTITIONER, 2, 0", "ADMIN, 0, 0"})
    void anyoneElseIsRefused(Role role, long team, long asked) {
        var me = new CurrentStaff(1, "u", "U", role, team == 0 ? null : team);
        assertThatThrownBy(() -> PracticeAccess.pageTeam(me, asked == 0 ? null : asked))
                .isInstanceOf(AccessDeniedException.class);
    }
}

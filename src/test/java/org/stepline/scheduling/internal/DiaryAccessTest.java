package org.stepline.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory.StaffMember;

/** Who may see and change the diary of practitioner 10 of team 1. */
class DiaryAccessTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                   | id | role         | team | see   | patients | edit
            the practitioner themselves              | 10 | PRACTITIONER | 1    | true  | true     | true
            a supervisor of the team                 | 11 | SUPERVISOR   | 1    | true  | true     | true
            a colleague of the team looks only       | 12 | PRACTITIONER | 1    | true  | true     | false
            a practitioner of another team           | 13 | PRACTITIONER | 2    | false | false    | false
            a supervisor of another team             | 14 | SUPERVISOR   | 2    | false | false    | false
            a manager looks without patients' names  | 15 | MANAGER      | -    | true  | false    | false
            an administrator likewise                | 16 | ADMIN        | -    | true  | false    | false
            """)
    void decidesByRoleAndTeam(
            String description, long id, Role role, Long team, boolean see, boolean patients, boolean edit) {
        var owner = new StaffMember(10, "owner", "Owner", Role.PRACTITIONER, 1L);
        var viewer = new CurrentStaff(id, "viewer", "Viewer", role, team);
        assertThat(DiaryAccess.of(viewer, owner)).as(description).isEqualTo(new DiaryAccess(see, patients, edit));
    }
}

package org.stepline.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL functions say what the Java rules say, on every national code (and on padded or unknown ones: no). */
@SpringBootTest
class TreatmentContactsSqlTest {

    @Autowired
    JdbcClient jdbc;

    private boolean sql(String function, String... args) {
        String placeholders = String.join(", ", java.util.Collections.nCopies(args.length, "?"));
        return jdbc.sql("select " + function + "(" + placeholders + ")").params((Object[]) args)
                .query(Boolean.class).single();
    }

    @Test
    void attendedAndHasAnOutcomeAgreeWithAttendanceOnEveryCode() {
        for (Attendance attendance : Attendance.values()) {
            assertThat(sql("stepline_attended", attendance.code())).as("attended " + attendance)
                    .isEqualTo(attendance.isAttended());
            assertThat(sql("stepline_has_outcome", attendance.code())).as("has an outcome " + attendance)
                    .isEqualTo(attendance.isOutcome());
        }
        assertThat(sql("stepline_attended", "1")).isFalse();
    }

    @Test
    void aTreatmentContactAgreesWithTheJavaRuleOnEveryTypeAndAttendance() {
        int treatment = 0;
        for (AppointmentType type : AppointmentType.values()) {
            for (Attendance attendance : Attendance.values()) {
                boolean java = TreatmentContacts.isTreatmentContact(type, attendance);
                assertThat(sql("stepline_treatment_contact", type.code(), attendance.code()))
                        .as(type + " " + attendance).isEqualTo(java);
                treatment += java ? 1 : 0;
            }
        }
        assertThat(treatment).as("some contacts are treatment").isPositive();
    }
}

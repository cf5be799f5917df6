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

    private boolean sql(String function, Object... args) {
        String placeholders = String.join(", ", java.util.Collections.nCopies(args.length, "?"));
        return jdbc.sql("select " + function + "(" + placeholders + ")")
                .params(args)
                .query(Boolean.class)
                .single();
    }

    /** The appointment's {@code planned} column: null (booked in Stepline) or true is planned, false unplanned. */
    private static final Boolean[] PLANNED = {null, true, false};

    @Test
    void attendedAndHasAnOutcomeAgreeWithAttendanceOnEveryCode() {
        for (Attendance attendance : Attendance.values()) {
            assertThat(sql("stepline_attended", attendance.code()))
                    .as("attended " + attendance)
                    .isEqualTo(attendance.isAttended());
            assertThat(sql("stepline_has_outcome", attendance.code()))
                    .as("has an outcome " + attendance)
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
                        .as(type + " " + attendance)
                        .isEqualTo(java);
                treatment += java ? 1 : 0;
            }
        }
        assertThat(treatment).as("some contacts are treatment").isPositive();
    }

    @Test
    void aContactTookPlaceWhenAttendedOrUnplannedInSqlAsInJava() {
        for (AppointmentType type : AppointmentType.values()) {
            for (Attendance attendance : Attendance.values()) {
                for (Boolean planned : PLANNED) {
                    boolean unplanned = Boolean.FALSE.equals(planned);
                    String what = type + " " + attendance + " planned " + planned;
                    assertThat(sql("stepline_took_place", attendance.code(), planned))
                            .as(what)
                            .isEqualTo(TreatmentContacts.tookPlace(attendance, unplanned));
                    assertThat(sql("stepline_treatment_contact", type.code(), attendance.code(), planned))
                            .as(what)
                            .isEqualTo(TreatmentContacts.isTreatmentContact(type, attendance, unplanned));
                }
            }
        }
    }
}

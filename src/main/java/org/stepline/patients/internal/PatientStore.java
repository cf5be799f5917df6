package org.stepline.patients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientHeadline;
import org.stepline.patients.PreferredPhone;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/** The patient table: the only place that writes it. */
@Repository
public class PatientStore {

    private static final String DETAILS = """
            select nhs_number, given_name, family_name, date_of_birth, gender_code, ethnic_category, postcode,
                   gp_practice_code, gp_practice_name, mobile_phone, landline_phone, preferred_phone,
                   voicemail_allowed, safe_call_times, email, preferred_mode, mode_choice_offered
            from patient""";

    private static final int MOST_RESULTS = 50;
    private static final String NAME_ORDER = " order by lower(family_name), lower(given_name), id limit ?";

    private final JdbcClient jdbc;

    PatientStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A patient already registered with an NHS number, and the team they belong to. */
    public record Registered(long id, long teamId) {}

    public Optional<PatientDetails> details(long patientId) {
        return jdbc.sql(DETAILS + " where id = ?")
                .param(patientId)
                .query(PatientStore::map)
                .optional();
    }

    public Optional<Registered> withNhsNumber(NhsNumber nhsNumber) {
        return jdbc.sql("select id, team_id from patient where nhs_number = ?")
                .param(nhsNumber.value())
                .query((rs, n) -> new Registered(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    /** Patients in any team with this name (case and spaces ignored) and date of birth. */
    public List<PatientHeadline> withNameAndBirthDate(String givenName, String familyName, LocalDate dateOfBirth) {
        return jdbc.sql(JdbcPatientDirectory.HEADLINE + " " + """
                where lower(trim(given_name)) = lower(trim(?)) and lower(trim(family_name)) = lower(trim(?))
                   and date_of_birth = ? order by id limit ?""")
                .params(givenName, familyName, dateOfBirth, MOST_RESULTS)
                .query(JdbcPatientDirectory::map)
                .list();
    }

    /** The mode the patient prefers, stated when they were offered a choice. */
    public void recordModeChoice(long patientId, String modeCode) {
        jdbc.sql("update patient set preferred_mode = ?, mode_choice_offered = true, updated_at = now() where id = ?")
                .params(modeCode, patientId)
                .update();
    }

    public long add(long teamId, PatientDetails p) {
        return jdbc.sql("""
                insert into patient (team_id, nhs_number, given_name, family_name, date_of_birth, gender_code,
                    ethnic_category, postcode, gp_practice_code, gp_practice_name, mobile_phone, landline_phone,
                    preferred_phone, voicemail_allowed, safe_call_times, email, preferred_mode, mode_choice_offered)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(prepend(teamId, columns(p)))
                .query(Long.class)
                .single();
    }

    public void update(long patientId, PatientDetails p) {
        jdbc.sql("""
                update patient set nhs_number = ?, given_name = ?, family_name = ?, date_of_birth = ?,
                    gender_code = ?, ethnic_category = ?, postcode = ?, gp_practice_code = ?, gp_practice_name = ?,
                    mobile_phone = ?, landline_phone = ?, preferred_phone = ?, voicemail_allowed = ?,
                    safe_call_times = ?, email = ?, preferred_mode = ?, mode_choice_offered = ?, updated_at = now()
                where id = ?""").params(append(columns(p), patientId)).update();
    }

    /**
     * Patients of one team matching what was typed: an NHS number (or its start) when it is all digits, otherwise
     * every word must appear in the given or family name.
     */
    public List<PatientHeadline> search(long teamId, String typed) {
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.matches("\\d+")) {
            return jdbc.sql(JdbcPatientDirectory.HEADLINE + " where team_id = ? and nhs_number like ?" + NAME_ORDER)
                    .params(teamId, digits + "%", MOST_RESULTS)
                    .query(JdbcPatientDirectory::map)
                    .list();
        }
        var sql = new StringBuilder(JdbcPatientDirectory.HEADLINE + " where team_id = ?");
        List<Object> params = new ArrayList<>(List.of(teamId));
        for (String word : typed.strip().split("\\s+")) {
            sql.append(" and (given_name ilike ? escape '\\' or family_name ilike ? escape '\\')");
            String pattern = "%" + word.replaceAll("([\\\\%_])", "\\\\$1") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        params.add(MOST_RESULTS);
        return jdbc.sql(sql + NAME_ORDER)
                .params(params)
                .query(JdbcPatientDirectory::map)
                .list();
    }

    private static List<@Nullable Object> prepend(Object first, List<@Nullable Object> rest) {
        var values = new ArrayList<@Nullable Object>(List.of(first));
        values.addAll(rest);
        return values;
    }

    private static List<@Nullable Object> append(List<@Nullable Object> first, Object last) {
        var values = new ArrayList<@Nullable Object>(first);
        values.add(last);
        return values;
    }

    private static List<@Nullable Object> columns(PatientDetails p) {
        return Arrays.asList(
                p.nhsNumber().value(),
                p.givenName(),
                p.familyName(),
                p.dateOfBirth(),
                p.genderCode(),
                p.ethnicCategory(),
                p.postcode(),
                p.gpPracticeCode(),
                p.gpPracticeName(),
                p.mobilePhone(),
                p.landlinePhone(),
                p.preferredPhone() == null ? null : p.preferredPhone().name(),
                p.voicemailAllowed(),
                p.safeCallTimes(),
                p.email(),
                p.preferredMode() == null ? null : p.preferredMode().code(),
                p.modeChoiceOffered());
    }

    private static PatientDetails map(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("preferred_phone");
        String mode = rs.getString("preferred_mode");
        return new PatientDetails(
                rs.getString("nhs_number") == null ? null : new NhsNumber(rs.getString("nhs_number")),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("gender_code"),
                rs.getString("ethnic_category"),
                rs.getString("postcode"),
                rs.getString("gp_practice_code"),
                rs.getString("gp_practice_name"),
                rs.getString("mobile_phone"),
                rs.getString("landline_phone"),
                phone == null ? null : PreferredPhone.valueOf(phone),
                rs.getBoolean("voicemail_allowed"),
                rs.getString("safe_call_times"),
                rs.getString("email"),
                mode == null ? null : ConsultationMechanism.of(mode),
                rs.getBoolean("mode_choice_offered"));
    }
}

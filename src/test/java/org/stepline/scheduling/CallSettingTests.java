package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.scheduling.SchedulingFixture.form;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A telephone contact may record where the practitioner took the call, from the service's own list. */
class CallSettingTests extends SchedulingWebTest {

    private static final Map<String, String> ATTENDED_BY_TELEPHONE = Map.of(
            "attendance",
            "5",
            "mode",
            "02",
            "duration",
            "30",
            "attempts[0].time",
            "10:01",
            "attempts[0].outcome",
            "ANSWERED",
            "identityConfirmed",
            "true",
            "privateAndSafe",
            "true",
            "patientLocation",
            "At home");

    @Autowired
    CallSettings settings;

    private long appointment;
    private long patient;

    @BeforeEach
    void aBookedTelephoneSession() throws Exception {
        patient = fixture.patient(clinic.teamId(), true, "02");
        long referral =
                fixture.referral(patient, clinic.teamId(), clinic.practitioner().id(), "IN_TREATMENT");
        appointment = fixture.book(mvc, clinic, referral, YESTERDAY, "10:00", "02", "02");
    }

    private String record(Map<String, String> extra) throws Exception {
        Map<String, String> fields = new HashMap<>(ATTENDED_BY_TELEPHONE);
        fields.putAll(extra);
        return mvc.perform(form(post("/appointments/" + appointment + "/record").with(clinic.signedIn()), fields))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private @Nullable String stored() {
        return jdbc.sql("select call_setting from appointment where id = ?")
                .param(appointment)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void theFormOffersTheServicesListAndKeepsTheChoice() throws Exception {
        String page = mvc.perform(
                        get("/appointments/" + appointment + "/record").with(clinic.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Where you took the call (optional)",
                        "<option value=\"quiet-room\">A quiet room at work</option>",
                        "<option value=\"\">Not recorded</option>");

        mvc.perform(form(
                        post("/appointments/" + appointment + "/record").with(clinic.signedIn()),
                        withSetting("quiet-room")))
                .andExpect(redirectedUrl("/patients/" + patient));
        assertThat(stored()).isEqualTo("quiet-room");
        assertThat(mvc.perform(get("/appointments/" + appointment + "/record").with(clinic.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<option value=\"quiet-room\" selected>A quiet room at work</option>");
    }

    private static Map<String, String> withSetting(String code) {
        Map<String, String> fields = new HashMap<>(ATTENDED_BY_TELEPHONE);
        fields.put("callSetting", code);
        return fields;
    }

    @Test
    void anUnknownOrRetiredSettingIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        assertThat(record(Map.of("callSetting", "the-moon", "notes", "Kept notes")))
                .contains("id=\"callSetting-error\"", "Choose where you took the call from the list", "Kept notes");
        assertThat(stored()).isNull();
        assertThat(jdbc.sql("select attendance from appointment where id = ?")
                        .param(appointment)
                        .query(String.class)
                        .single())
                .isEqualTo("0");

        var retired = settings.add("Car park " + org.stepline.TestClinic.unique());
        settings.retire(retired.code(), true);
        assertThat(record(Map.of("callSetting", retired.code())))
                .contains("Choose where you took the call from the list");
        assertThat(settings.inUse()).noneMatch(s -> s.code().equals(retired.code()));
    }

    @Test
    void leavingItBlankOrRecordingAnotherModeRecordsNoSetting() throws Exception {
        record(Map.of("callSetting", "home"));
        assertThat(stored()).isEqualTo("home");
        record(Map.of("callSetting", ""));
        assertThat(stored()).isNull();
        record(Map.of("callSetting", "home", "mode", "01"));
        assertThat(stored()).isNull();
    }

    @Test
    void theSettingsOfEachReferralsTelephoneContactsAreReadForThePracticePage() throws Exception {
        record(Map.of("callSetting", "call-centre"));
        long referral = jdbc.sql("select referral_id from appointment where id = ?")
                .param(appointment)
                .query(Long.class)
                .single();
        assertThat(settings.settingsByReferral().get(referral)).containsExactly("call-centre");
    }
}

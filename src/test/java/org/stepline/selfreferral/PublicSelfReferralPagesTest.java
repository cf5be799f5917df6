package org.stepline.selfreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.BrowserSession;
import org.stepline.TestRecords;
import org.stepline.selfreferral.internal.SettingsStore;

/** The public pages through the web layer and the real database, as a person (or a robot) without an account. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSelfReferralPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    SelfReferralFixture fixture;

    @Autowired
    SessionRepository<?> sessions;

    BrowserSession session;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SelfReferralFixture(settings, new TestRecords(jdbc).team());
        session = BrowserSession.start(sessions);
        mvc.perform(post("/self-referral/start").with(session).with(csrf()))
                .andExpect(redirectedUrl("/self-referral/q/dateOfBirth"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theStartPageNeedsNoAccountAndStaffPagesDo() throws Exception {
        assertThat(page("/self-referral"))
                .contains("Refer yourself for talking therapy")
                .contains("Start now");
        assertThat(page("/self-referral/privacy"))
                .contains("How we use your information")
                .contains("Prefer not to say");
        mvc.perform(get("/referrals/self")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("href=\"/self-referral\""));
    }

    @Test
    void someoneTooYoungIsToldWhereElseToGo() throws Exception {
        mvc.perform(post("/self-referral/q/dateOfBirth")
                        .with(session)
                        .with(csrf())
                        .param("dateOfBirth", "1/1/2015"))
                .andExpect(redirectedUrl("/self-referral/not-eligible"));
        assertThat(page("/self-referral/not-eligible"))
                .contains("aged 18 or over")
                .contains("116 123");
    }

    @Test
    void aPracticeNotCoveredCannotGoOn() throws Exception {
        mvc.perform(post("/self-referral/q/dateOfBirth")
                        .with(session)
                        .with(csrf())
                        .param("dateOfBirth", "1/1/1990"))
                .andExpect(redirectedUrl("/self-referral/q/practice"));
        assertThat(page("/self-referral/q/practice"))
                .contains("Practice " + fixture.practiceCode)
                .contains("My GP practice is not on this list");
        mvc.perform(post("/self-referral/q/practice").with(session).with(csrf()).param("practice", "NONE"))
                .andExpect(redirectedUrl("/self-referral/not-eligible"));
        assertThat(page("/self-referral/not-eligible")).contains("registered with a GP practice in our area");
    }

    @Test
    void someoneSeenByAMentalHealthTeamIsAskedToTalkToThem() throws Exception {
        mvc.perform(
                post("/self-referral/q/dateOfBirth").with(session).with(csrf()).param("dateOfBirth", "1/1/1990"));
        mvc.perform(post("/self-referral/q/practice")
                        .with(session)
                        .with(csrf())
                        .param("practice", fixture.practiceCode))
                .andExpect(redirectedUrl("/self-referral/q/secondaryCare"));
        mvc.perform(post("/self-referral/q/secondaryCare")
                        .with(session)
                        .with(csrf())
                        .param("secondaryCare", "Y"))
                .andExpect(redirectedUrl("/self-referral/not-eligible"));
        assertThat(page("/self-referral/not-eligible"))
                .contains("being seen by a mental health team already", "care coordinator", "116 123");
        mvc.perform(post("/self-referral/q/secondaryCare")
                        .with(session)
                        .with(csrf())
                        .param("secondaryCare", "N"))
                .andExpect(redirectedUrl("/self-referral/q/gpConsent"));
    }

    @Test
    void theNewQuestionsAreBoundedAndAnOptionalOneMayBeLeftEmpty() throws Exception {
        String tooLong = mvc.perform(post("/self-referral/q/medication")
                        .with(session)
                        .with(csrf())
                        .param("medication", "m".repeat(501)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong).contains("500 characters or fewer", "m".repeat(501));
        mvc.perform(post("/self-referral/q/medication")
                        .with(session)
                        .with(csrf())
                        .param("medication", ""))
                .andExpect(redirectedUrl("/self-referral/q/harm"));
        String notAChoice = mvc.perform(post("/self-referral/q/religion")
                        .with(session)
                        .with(csrf())
                        .param("religion", "CHRISTIAN"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notAChoice).contains("Choose an answer, or prefer not to say");
    }

    @Test
    void aWrongAnswerIsShownNextToItsFieldWithWhatWasTyped() throws Exception {
        String body = mvc.perform(post("/self-referral/q/dateOfBirth")
                        .with(session)
                        .with(csrf())
                        .param("dateOfBirth", "31/2/1990"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("Date of birth must be a real date")
                .contains("value=\"31/2/1990\"")
                .contains("nhsuk-error-summary");
        String tooLong = mvc.perform(post("/self-referral/q/helpWith")
                        .with(session)
                        .with(csrf())
                        .param("helpWith", "x".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong).contains("2000 characters or fewer");
    }

    @Test
    void aRiskAnswerShowsWhereToGetHelpAtOnce() throws Exception {
        mvc.perform(post("/self-referral/q/harm").with(session).with(csrf()).param("harm", "Y"))
                .andExpect(redirectedUrl("/self-referral/help-now?next=q/ethnicCategory"));
        assertThat(page("/self-referral/help-now?next=q/ethnicCategory"))
                .contains("call 999")
                .contains("NHS 111")
                .contains("116 123")
                .contains("href=\"/self-referral/q/ethnicCategory\"");
        assertThat(page("/self-referral/help-now?next=https://evil.example"))
                .as("never another site")
                .contains("href=\"/self-referral/check\"");
        mvc.perform(post("/self-referral/q/PHQ9.9").with(session).with(csrf()).param("PHQ9.9", "2"))
                .andExpect(redirectedUrl("/self-referral/help-now?next=q/GAD7.1"));
        mvc.perform(post("/self-referral/q/PHQ9.8").with(session).with(csrf()).param("PHQ9.8", "2"))
                .andExpect(redirectedUrl("/self-referral/q/PHQ9.9"));
    }

    @Test
    void aRobotFillingTheHiddenFieldIsToldItWentAndNothingIsKept() throws Exception {
        long before =
                jdbc.sql("select count(*) from self_referral").query(Long.class).single();
        mvc.perform(post("/self-referral/q/dateOfBirth")
                        .with(session)
                        .with(csrf())
                        .param("dateOfBirth", "1/1/1990")
                        .param("website", "http://spam.example"))
                .andExpect(redirectedUrl("/self-referral/sent"));
        mvc.perform(post("/self-referral/check").with(session).with(csrf()).param("website", "x"))
                .andExpect(redirectedUrl("/self-referral"));
        assertThat(jdbc.sql("select count(*) from self_referral")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(page("/self-referral/sent")).contains("Referral sent").doesNotContain("SR");
    }

    @Test
    void sendingAnIncompleteReferralGoesBackToTheFirstMissingAnswer() throws Exception {
        mvc.perform(
                post("/self-referral/q/dateOfBirth").with(session).with(csrf()).param("dateOfBirth", "1/1/1990"));
        mvc.perform(post("/self-referral/check").with(session).with(csrf()))
                .andExpect(redirectedUrl("/self-referral/q/practice?change=true"));
    }
}

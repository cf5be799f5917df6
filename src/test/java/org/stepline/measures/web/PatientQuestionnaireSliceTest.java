package org.stepline.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.stepline.web.SliceFixtures.ADA_BORN;
import static org.stepline.web.SliceFixtures.ADA_ID;
import static org.stepline.web.SliceFixtures.SHORT_PHQ9;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.measures.internal.LinkState;
import org.stepline.measures.internal.QuestionnaireLinks;
import org.stepline.measures.internal.QuestionnaireLinks.BirthDate;
import org.stepline.measures.internal.QuestionnaireLinks.BirthDateCheck;
import org.stepline.measures.internal.QuestionnaireLinks.Completion;
import org.stepline.measures.internal.QuestionnaireLinks.Opened;
import org.stepline.measures.internal.QuestionnaireRequest;
import org.stepline.web.WebSliceTest;

/** The patient's side of a questionnaire link: nobody signs in; the token and the date of birth guard it. */
@WebMvcTest(PatientQuestionnaireController.class)
class PatientQuestionnaireSliceTest extends WebSliceTest {

    static final String TOKEN = "tok-abc123";
    static final QuestionnaireRequest ISSUED = new QuestionnaireRequest(
            3,
            ADA_ID,
            5,
            13L,
            MY_TEAM,
            List.of("PHQ9"),
            "ISSUED",
            null,
            "COPIED",
            NOW,
            NOW.plusSeconds(3600),
            0,
            null,
            NOW);

    @MockitoBean
    QuestionnaireLinks links;

    MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void aUsableLinkForAda() {
        when(links.open(TOKEN)).thenReturn(new Opened(LinkState.USABLE, ISSUED));
        when(links.firstNameFor(ISSUED)).thenReturn("Ada");
        when(links.instrumentsOf(ISSUED)).thenReturn(List.of(SHORT_PHQ9));
    }

    @Test
    void theLinkFirstAsksForTheDateOfBirthShowingOnlyTheFirstName() throws Exception {
        String html = html(mvc.perform(get("/q/" + TOKEN))
                .andExpect(status().isOk())
                .andExpect(view().name("measures/patient-birth-date")));

        assertThat(html)
                .contains(
                        "<h1>Hello Ada</h1>",
                        "action=\"/q/tok-abc123\"",
                        "name=\"day\"",
                        "name=\"year\"",
                        "<meta name=\"robots\" content=\"noindex, nofollow\">")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
                .doesNotContain("Lovelace", "943 476 5919", "Sign out", "Stepline</title>");
    }

    @ParameterizedTest
    @CsvSource({
        "EXPIRED, 410, This link has expired",
        "COMPLETED, 410, You have already answered these questions",
        "LOCKED, 410, This link has been locked",
        "REVOKED, 410, This link is no longer needed",
        "UNKNOWN, 404, We cannot find this link",
        "NOT_ISSUED, 404, We cannot find this link"
    })
    void aLinkThatCannotBeUsedHasAPlainPageOfItsOwn(LinkState state, int status, String heading) throws Exception {
        when(links.open("tok-old")).thenReturn(new Opened(state, null));

        assertThat(html(mvc.perform(get("/q/tok-old"))
                        .andExpect(status().is(status))
                        .andExpect(view().name("measures/patient-link-problem"))))
                .contains("<h1>" + heading + "</h1>");
        mvc.perform(post("/q/tok-old/questions").param("PHQ9.1", "0").with(csrf()))
                .andExpect(status().is(status));
        verify(links, never()).complete(anyString(), any());
    }

    @Test
    void aWrongDateOfBirthSaysHowManyTriesAreLeftKeepingWhatWasTyped() throws Exception {
        when(links.confirmBirthDate(TOKEN, ADA_BORN.plusDays(1))).thenReturn(new BirthDateCheck(BirthDate.WRONG, 2));

        String html = html(mvc.perform(post("/q/" + TOKEN)
                        .param("day", "16")
                        .param("month", "3")
                        .param("year", "1984")
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(html)
                .contains(
                        "The date of birth does not match our records. Check it and try again. You have 2 tries left.",
                        "id=\"birth-error\"",
                        "value=\"16\"",
                        "value=\"1984\"");
    }

    @Test
    void aDateOfBirthThatIsNotADateIsExplainedWithoutUsingATry() throws Exception {
        String html = html(mvc.perform(post("/q/" + TOKEN)
                        .param("day", "31")
                        .param("month", "2")
                        .param("year", "1984")
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(html).contains("Date of birth must be a real date, for example 27 3 1985");
        verify(links, never()).confirmBirthDate(anyString(), any());
    }

    @Test
    void theLastWrongTryLocksTheLink() throws Exception {
        when(links.confirmBirthDate(TOKEN, ADA_BORN.plusDays(1))).thenReturn(new BirthDateCheck(BirthDate.LOCKED, 0));

        assertThat(html(mvc.perform(post("/q/" + TOKEN)
                                .param("day", "16")
                                .param("month", "3")
                                .param("year", "1984")
                                .with(csrf()))
                        .andExpect(status().isGone())))
                .contains("This link has been locked");
    }

    @Test
    void questionsAreShownOnlyOnceTheDateOfBirthIsConfirmedInThisSession() throws Exception {
        mvc.perform(get("/q/" + TOKEN + "/questions").session(session)).andExpect(redirectedUrl("/q/" + TOKEN));

        when(links.confirmBirthDate(TOKEN, ADA_BORN)).thenReturn(new BirthDateCheck(BirthDate.CONFIRMED, 5));
        mvc.perform(post("/q/" + TOKEN)
                        .param("day", "15")
                        .param("month", "03")
                        .param("year", "1984")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/q/" + TOKEN + "/questions"));

        String html = html(mvc.perform(get("/q/" + TOKEN + "/questions").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("measures/patient-questions")));
        assertThat(html)
                .contains(
                        "Your questions, Ada",
                        "action=\"/q/tok-abc123/questions\"",
                        "Patient Health Questionnaire",
                        "name=\"PHQ9.9\" type=\"radio\" value=\"3\"",
                        "3 – Nearly every day");
    }

    @Test
    void unansweredQuestionsAreShownAgainAsABadRequestKeepingTheAnswersGiven() throws Exception {
        confirmedInThisSession();
        when(links.complete(TOKEN, Map.of("PHQ9", Map.of(1, "2"))))
                .thenReturn(new Completion(
                        Map.of("PHQ9", Map.of(9, "Choose an answer to question 9")), false, LinkState.USABLE));

        String html = html(mvc.perform(post("/q/" + TOKEN + "/questions")
                        .param("PHQ9.1", "2")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest()));

        assertThat(html)
                .contains(
                        "Some questions still need an answer",
                        "PHQ-9: Choose an answer to question 9",
                        "id=\"PHQ9-9-error\"")
                .containsPattern("id=\"PHQ9-1-2\" name=\"PHQ9.1\" type=\"radio\" value=\"2\" checked");
    }

    @Test
    void sentAnswersEndOnAThankYouWithUrgentHelpWhenARiskWasRaised() throws Exception {
        confirmedInThisSession();
        when(links.complete(TOKEN, Map.of("PHQ9", Map.of(1, "2", 9, "1"))))
                .thenReturn(new Completion(Map.of(), true, LinkState.USABLE));

        mvc.perform(post("/q/" + TOKEN + "/questions")
                        .param("PHQ9.1", "2")
                        .param("PHQ9.9", "1")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/q/done"))
                .andExpect(flash().attribute("riskRaised", true));
        mvc.perform(get("/q/" + TOKEN + "/questions").session(session)).andExpect(redirectedUrl("/q/" + TOKEN));

        assertThat(html(mvc.perform(get("/q/done").flashAttr("riskRaised", true))
                        .andExpect(status().isOk())))
                .contains("Thank you", "If you are thinking about hurting yourself", "Your practitioner has been told");
        assertThat(html(mvc.perform(get("/q/done")).andExpect(status().isOk())))
                .contains("Thank you")
                .doesNotContain("If you are thinking about hurting yourself");
    }

    @Test
    void anAnswerSentWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/q/" + TOKEN).param("day", "15").param("month", "3").param("year", "1984"))
                .andExpect(status().isBadRequest()); // a missing CSRF token is a request Stepline cannot read
        verify(links, never()).confirmBirthDate(anyString(), any());
        verifyNoInteractions(staff);
    }

    private void confirmedInThisSession() throws Exception {
        when(links.confirmBirthDate(TOKEN, ADA_BORN)).thenReturn(new BirthDateCheck(BirthDate.CONFIRMED, 5));
        mvc.perform(post("/q/" + TOKEN)
                        .param("day", "15")
                        .param("month", "3")
                        .param("year", "1984")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/q/" + TOKEN + "/questions"));
    }
}

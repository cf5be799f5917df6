package org.stepline.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepline.TestRecords.as;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.stepline.messaging.LocalProviders;
import org.stepline.messaging.MessagingFixture;
import org.stepline.messaging.internal.MessageSender;
import org.stepline.shared.LinkTokens;

/**
 * The join link and the copy of a kept version, sent to the patient through messaging (a local fake of GOV.UK Notify
 * that checks its request contract, and GreenMail): minted only when the message goes, only its hash kept, the join
 * link still asking for the date of birth and working only while that sharing lasts, both shown on the record.
 */
@SpringBootTest(
        properties = {
            "stepline.messaging.service-name=Test Talking Therapies",
            "stepline.public-url=https://stepline.test/"
        })
@AutoConfigureMockMvc
class FormulationLinksByMessageTest {

    private static final Pattern JOIN = Pattern.compile("https://stepline\\.test(/join/link/([A-Za-z0-9_-]{43}))");
    private static final Pattern COPY = Pattern.compile("https://stepline\\.test(/join/copy/[A-Za-z0-9_-]{43})");

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        LocalProviders.register(properties);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSender sender;

    @AfterEach
    void everyRequestToNotifyKeptTheContract() {
        assertThat(LocalProviders.NOTIFY.violations()).isEmpty();
    }

    @Test
    void aTextMessageCarriesALinkThatAsksForTheDateOfBirthAndJoinsOnce() throws Exception {
        var patient = new MessagingFixture(jdbc).patient(true, true);
        long board = openBoard(patient);
        String boardPage = page(mvc.perform(get("/formulation/" + board).with(as(patient.practitioner()))));
        assertThat(boardPage).contains("Or send the patient a link to join", "value=\"SMS\"", "value=\"EMAIL\"");

        mvc.perform(post("/formulation/" + board + "/share/send")
                        .param("channel", "SMS")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long share = jdbc.sql("select id from formulation_share where board_id = ? and ended_at is null")
                .param(board)
                .query(Long.class)
                .single();
        assertThat(linksMinted(share)).isZero(); // nothing to steal until the message goes
        sender.sendDue();

        var texts = LocalProviders.textsTo(patient.mobile());
        assertThat(texts).hasSize(1);
        String body = texts.getFirst().personalisation().getString("body");
        assertThat(body)
                .startsWith("Hello Robin. Your practitioner has shared a page with you")
                .contains("You will be asked for your date of birth first.", "Stop texts: https://stepline.test/stop/")
                .doesNotContainIgnoringCase("formulation");
        Matcher link = find(JOIN, body);
        String path = link.group(1);
        assertThat(jdbc.sql("select token_hash from formulation_join_link where share_id = ?")
                        .param(share)
                        .query(byte[].class)
                        .single())
                .isEqualTo(LinkTokens.hash(link.group(2)));
        assertThat(jdbc.sql(
                                "select count(*) from outbound_message where patient_id = ? and (body like ? or subject like ?)")
                        .params(patient.id(), "%" + link.group(2) + "%", "%" + link.group(2) + "%")
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(page(mvc.perform(get(path)).andExpect(status().isOk())))
                .contains(
                        "Your practitioner sent you this link",
                        "What is your date of birth?",
                        "action=\"" + path + "\"")
                .doesNotContain("id=\"code\"");
        assertThat(page(joinByLink(path, "18", "5", "1990").andExpect(status().isBadRequest())))
                .contains("does not match our records", "2 tries left", "value=\"18\"");
        Cookie cookie = joinByLink(path, "17", "5", "1990")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie("stepline_board");
        assertThat(page(mvc.perform(get("/join/board").cookie(cookie)).andExpect(status().isOk())))
                .contains("Hello Robin")
                .doesNotContain("Tester");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and detail like 'Joined the formulation board by link%'")
                        .param(patient.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(get(path)).andExpect(status().isGone()); // one patient per sharing
        assertThat(page(joinByLink(path, "17", "5", "1990").andExpect(status().isBadRequest())))
                .contains("That link has already been used");
        assertThat(recordPage(patient)).contains("Link to join the formulation board", "Text message", "Sent ");
    }

    @Test
    void theLinkWorksOnlyWhileThatSharingLasts() throws Exception {
        var patient = new MessagingFixture(jdbc).patient(false, true);
        long board = openBoard(patient);
        mvc.perform(post("/formulation/" + board + "/share/send")
                        .param("channel", "EMAIL")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        sender.sendDue();
        var emails = LocalProviders.emailsTo(patient.email());
        assertThat(emails).hasSize(1);
        assertThat(emails.getFirst().getSubject()).isEqualTo("Join your practitioner's board");
        String path = find(JOIN, GreenMailUtil.getBody(emails.getFirst()).replace("=\r\n", ""))
                .group(1);
        mvc.perform(get(path)).andExpect(status().isOk());

        mvc.perform(post("/formulation/" + board + "/share/end")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(mvc.perform(get(path)).andExpect(status().isGone())))
                .contains("Sharing has ended", "works only while they are sharing the board");
        assertThat(page(joinByLink(path, "17", "5", "1990").andExpect(status().isBadRequest())))
                .contains("This link no longer works");
    }

    @Test
    void aLinkForASharingThatEndedBeforeItWentIsNotSentAndAChannelThePatientCannotUseIsRefused() throws Exception {
        var patient = new MessagingFixture(jdbc).patient(false, true);
        long board = openBoard(patient);
        var refused = mvc.perform(post("/formulation/" + board + "/share/send")
                        .param("channel", "SMS")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().values().toString()).contains("no mobile number on record");
        assertThat(new MessagingFixture(jdbc).rows(patient.id())).isEmpty();

        mvc.perform(post("/formulation/" + board + "/share/send")
                        .param("channel", "EMAIL")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/formulation/" + board + "/share/end")
                .with(as(patient.practitioner()))
                .with(csrf()));
        sender.sendDue();
        assertThat(LocalProviders.emailsTo(patient.email())).isEmpty();
        assertThat(new MessagingFixture(jdbc).rows(patient.id()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.kind()).isEqualTo("PATIENT_LINK");
                    assertThat(row.status()).isEqualTo("CANCELLED");
                    assertThat(row.lastFailure()).contains("sharing of the board had ended");
                });
        assertThat(jdbc.sql(
                                "select count(*) from formulation_join_link l join formulation_share s on s.id = l.share_id where s.board_id = ?")
                        .param(board)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void withTheirAgreementThePatientIsSentACopyWhoseLinkWorksOnce() throws Exception {
        var patient = new MessagingFixture(jdbc).patient(true, true);
        long board = openBoard(patient);
        mvc.perform(post("/formulation/" + board + "/entries")
                        .with(as(patient.practitioner()))
                        .with(csrf())
                        .param("box", "situation")
                        .param("text", "Meeting at work"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/formulation/" + board + "/close")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long version = jdbc.sql("select id from formulation_version where board_id = ?")
                .param(board)
                .query(Long.class)
                .single();
        String versionPage =
                page(mvc.perform(get("/formulation/versions/" + version).with(as(patient.practitioner()))));
        assertThat(versionPage).contains("Send the patient a copy", "value=\"EMAIL\"");

        var refused = mvc.perform(post("/formulation/versions/" + version + "/copy")
                        .param("channel", "EMAIL")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("copyError")).isEqualTo("Confirm that the patient agreed to have a copy");
        assertThat(new MessagingFixture(jdbc).rows(patient.id())).isEmpty();

        mvc.perform(post("/formulation/versions/" + version + "/copy")
                        .param("agreed", "yes")
                        .param("channel", "EMAIL")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from formulation_copy_link where version_id = ? and token_hash is null")
                        .param(version)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        sender.sendDue();

        var emails = LocalProviders.emailsTo(patient.email());
        assertThat(emails).hasSize(1);
        String body = GreenMailUtil.getBody(emails.getFirst()).replace("=\r\n", "");
        assertThat(body).contains("Hello Robin. Here is the copy you asked for", "The link works once.");
        String path = find(COPY, body).group(1);
        assertThat(page(mvc.perform(get(path)).andExpect(status().isOk())))
                .contains("Your formulation, Robin", "Meeting at work")
                .doesNotContain("Tester");
        assertThat(page(mvc.perform(get(path)).andExpect(status().isGone()))).contains("This link no longer works");
        assertThat(LocalProviders.textsTo(patient.mobile())).isEmpty();
        assertThat(recordPage(patient)).contains("Copy of the formulation board", "Email");
    }

    private long openBoard(MessagingFixture.Patient patient) throws Exception {
        var opened = mvc.perform(post("/referrals/" + patient.referralId() + "/formulation")
                        .param("model", "FIVE_AREAS")
                        .with(as(patient.practitioner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        long board = Long.parseLong(opened.getResponse().getRedirectedUrl().replace("/formulation/", ""));
        // the practitioner's board page holds a live connection while it is open
        jdbc.sql(
                        "insert into formulation_presence (connection_id, board_id, role, node, seen_at) values (?, ?, 'PRACTITIONER', 'test', now() + interval '1 hour')")
                .params(UUID.randomUUID().toString(), board)
                .update();
        return board;
    }

    private int linksMinted(long share) {
        return jdbc.sql("select count(*) from formulation_join_link where share_id = ?")
                .param(share)
                .query(Integer.class)
                .single();
    }

    private ResultActions joinByLink(String path, String day, String month, String year) throws Exception {
        return mvc.perform(
                post(path).with(csrf()).param("day", day).param("month", month).param("year", year));
    }

    private String recordPage(MessagingFixture.Patient patient) throws Exception {
        return page(mvc.perform(get("/patients/" + patient.id()).with(as(patient.practitioner())))
                .andExpect(status().isOk()));
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("a link in %s", text).isTrue();
        return matcher;
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}

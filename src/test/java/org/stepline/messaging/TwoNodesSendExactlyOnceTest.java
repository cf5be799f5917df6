package org.stepline.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.SteplineApplication;

/**
 * Two Stepline nodes (two whole application contexts, each with its web server on its own port and its own sender
 * polling every 100 ms) against one PostgreSQL: 200 due messages are each sent exactly once, by one node or the
 * other, and both nodes take part.
 */
class TwoNodesSendExactlyOnceTest {

    static final int APPOINTMENTS = 100; // a text and an e-mail each: 200 messages

    @Test
    void everyMessageIsSentExactlyOnceWhenTwoNodesSendAtOnce() throws Exception {
        LocalProviders.NOTIFY.slowDownBy(5); // like a real provider, a send takes a moment: the nodes overlap
        try (var one = node();
                var two = node()) {
            assertThat(port(one)).isNotEqualTo(port(two));
            JdbcClient jdbc = one.getBean(JdbcClient.class);
            var fixture = new MessagingFixture(jdbc);
            var patient = fixture.patient(true, true);
            ApplicationEventPublisher events = one;
            Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
            for (int i = 0; i < APPOINTMENTS; i++) {
                fixture.book(events, patient, start.plus(i, ChronoUnit.MINUTES));
            }
            fixture.makeDue(patient.id(), 2880); // both nodes are polling: from now on they race for the 200

            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (sentCount(fixture, patient.id()) < 2 * APPOINTMENTS
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(1_000); // a late duplicate, if there were one, would arrive now

            var rows = fixture.rows(patient.id()).stream()
                    .filter(r -> r.leadMinutes() == 2880)
                    .toList();
            assertThat(rows).hasSize(2 * APPOINTMENTS).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo("SENT");
                assertThat(r.attempts()).isEqualTo(1);
            });
            assertThat(rows.stream().map(MessagingFixture.Row::claimedBy).distinct())
                    .hasSize(2);

            var emails = LocalProviders.emailsTo(patient.email());
            assertThat(emails).hasSize(APPOINTMENTS);
            assertThat(countBy(emails, TwoNodesSendExactlyOnceTest::messageId).values())
                    .containsOnly(1L);
            var texts = LocalProviders.textsTo(patient.mobile());
            assertThat(texts).hasSize(APPOINTMENTS);
            assertThat(countBy(texts, FakeNotify.Sms::reference).values()).containsOnly(1L);
            List<String> expected = new ArrayList<>();
            rows.forEach(r -> expected.add("stepline-message-" + r.id()));
            assertThat(texts.stream().map(FakeNotify.Sms::reference).toList()).isSubsetOf(expected);
            assertThat(LocalProviders.NOTIFY.violations()).isEmpty();
        } finally {
            LocalProviders.NOTIFY.slowDownBy(0);
        }
    }

    private static ConfigurableApplicationContext node() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--stepline.messaging.enabled=true",
                "--stepline.messaging.poll-interval=100ms",
                "--stepline.messaging.batch-size=5",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + LocalProviders.SMTP.getSmtp().getPort(),
                "--stepline.messaging.notify.base-url=" + LocalProviders.NOTIFY.baseUrl(),
                "--stepline.messaging.notify.api-key=" + FakeNotify.API_KEY,
                "--stepline.messaging.notify.appointment-reminder-template=" + FakeNotify.REMINDER_TEMPLATE,
                "--stepline.messaging.notify.questionnaire-link-template=" + FakeNotify.LINK_TEMPLATE));
        return new SpringApplicationBuilder(SteplineApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int sentCount(MessagingFixture fixture, long patientId) {
        return (int) fixture.rows(patientId).stream()
                .filter(r -> r.leadMinutes() == 2880 && "SENT".equals(r.status()))
                .count();
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getHeader("X-Stepline-Message", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

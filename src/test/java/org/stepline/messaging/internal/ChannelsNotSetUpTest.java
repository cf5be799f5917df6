package org.stepline.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a Notify key and templates, or an SMTP host, a channel is not set up and says so plainly. */
class ChannelsNotSetUpTest {

    static MessagingProperties with(MessagingProperties.Notify notify) {
        return new MessagingProperties(
                true,
                Duration.ofMinutes(1),
                List.of(Duration.ofHours(48)),
                5,
                Duration.ofMinutes(2),
                Duration.ofHours(6),
                Duration.ofMinutes(15),
                50,
                "the service",
                null,
                null,
                notify);
    }

    static final MessageTexts.Content CONTENT =
            new MessageTexts.Content("Subject", "Body", Map.of("body", "Body"), "https://stepline.test/stop/abc");

    @Test
    void smsNeedsTheKeyAndBothTemplates() {
        assertThat(new NotifySms(with(new MessagingProperties.Notify(null, null, null, null))).configured())
                .isFalse();
        assertThat(new NotifySms(with(new MessagingProperties.Notify(null, "key-" + "x".repeat(73), "t1", null)))
                        .configured())
                .isFalse();
        var none = new NotifySms(with(new MessagingProperties.Notify(null, " ", "t1", "t2")));
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.send("07700 900123", MessageKind.APPOINTMENT_REMINDER, CONTENT, 1))
                .hasMessage("Text messages are not set up on this server (no GOV.UK Notify key and templates)");
    }

    @Test
    void emailNeedsAMailServer() {
        var beans = new StaticListableBeanFactory();
        var email = new SmtpEmail(
                beans.getBeanProvider(JavaMailSender.class),
                beans.getBeanProvider(MailProperties.class),
                with(new MessagingProperties.Notify(null, null, null, null)));
        assertThat(email.configured()).isFalse();
        assertThatThrownBy(() -> email.send("a@example.com", MessageKind.APPOINTMENT_REMINDER, CONTENT, 1))
                .hasMessage("Email is not set up on this server (no spring.mail.host)");
    }
}

package org.stepline.messaging.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.stepline.messaging.MessageChannel;

/** E-mails through SMTP with Spring's mail sender ({@code spring.mail.*}); none without {@code spring.mail.host}. */
@Component
class SmtpEmail implements ChannelSender {

    static final String MESSAGE_HEADER = "X-Stepline-Message";

    private final @Nullable JavaMailSender mail;
    private final String from;

    SmtpEmail(
            ObjectProvider<JavaMailSender> mail,
            ObjectProvider<MailProperties> mailProperties,
            MessagingProperties properties) {
        this.mail = mail.getIfAvailable();
        var smtp = mailProperties.getIfAvailable();
        String username = smtp == null ? null : smtp.getUsername();
        this.from = properties.emailFrom() != null
                ? properties.emailFrom()
                : username != null && username.contains("@") ? username : "no-reply@stepline.invalid";
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.EMAIL;
    }

    @Override
    public boolean configured() {
        return mail != null;
    }

    @Override
    public String send(String address, MessageKind kind, MessageTexts.Content content, long messageId)
            throws DeliveryFailed {
        if (mail == null) {
            throw new DeliveryFailed("Email is not set up on this server (no spring.mail.host)");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(content.subject());
            helper.setText(content.body());
            message.setHeader(MESSAGE_HEADER, String.valueOf(messageId));
            // RFC 2369: mail programs show their own "unsubscribe" that opens the same page (no one-click POST)
            if (!content.optOutUrl().isEmpty()) {
                message.setHeader("List-Unsubscribe", "<" + content.optOutUrl() + ">");
            }
            mail.send(message);
            return message.getMessageID() == null ? "smtp" : message.getMessageID();
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailed("The email server did not accept the message: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getMessage().strip();
    }
}

package org.stepline.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The message providers tests send to, both on the loopback address of this machine and started once per test JVM:
 * GreenMail as a real SMTP server, and {@link FakeNotify} in place of GOV.UK Notify. No message leaves the machine.
 */
public final class LocalProviders {

    public static final GreenMail SMTP =
            new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    public static final FakeNotify NOTIFY;

    static {
        SMTP.start();
        try {
            NOTIFY = new FakeNotify();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalProviders() {}

    /** Points Stepline's e-mail ({@code spring.mail.*}) and SMS ({@code stepline.messaging.notify.*}) at them. */
    public static void register(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("stepline.messaging.email-from", () -> "reminders@stepline.test");
        properties.add("stepline.messaging.notify.base-url", NOTIFY::baseUrl);
        properties.add("stepline.messaging.notify.api-key", () -> FakeNotify.API_KEY);
        properties.add("stepline.messaging.notify.appointment-reminder-template", () -> FakeNotify.REMINDER_TEMPLATE);
        properties.add("stepline.messaging.notify.questionnaire-link-template", () -> FakeNotify.LINK_TEMPLATE);
    }

    /** Every e-mail GreenMail received for an address. */
    public static List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
    }

    /** Every text message the fake Notify accepted for a number. */
    public static List<FakeNotify.Sms> textsTo(String number) {
        return NOTIFY.accepted().stream()
                .filter(s -> s.phoneNumber().equals(number))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

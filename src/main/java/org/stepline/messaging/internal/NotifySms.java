package org.stepline.messaging.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepline.messaging.MessageChannel;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Text messages through GOV.UK Notify with its official client: base URL, API key and template ids from
 * {@code stepline.messaging.notify.*}. Each request is signed by the client (a JWT made with the key's secret).
 */
@Component
class NotifySms implements ChannelSender {

    private static final Pattern ERROR =
            Pattern.compile("\"error\"\\s*:\\s*\"([^\"]*)\".*?\"message\"\\s*:\\s*\"([^\"]*)\"", Pattern.DOTALL);

    /** The client sets no timeouts of its own: a request with no answer by then counts as failed (and is retried). */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final MessagingProperties.Notify settings;
    private final @Nullable NotificationClient client;

    NotifySms(MessagingProperties properties) {
        this.settings = properties.govukNotify();
        this.client = !settings.configured()
                ? null
                : settings.baseUrl() == null || settings.baseUrl().isBlank()
                        ? new NotificationClient(settings.apiKey())
                        : new NotificationClient(settings.apiKey(), settings.baseUrl());
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.SMS;
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public String send(String address, MessageKind kind, MessageTexts.Content content, long messageId)
            throws DeliveryFailed {
        if (client == null) {
            throw new DeliveryFailed(
                    "Text messages are not set up on this server (no GOV.UK Notify key and templates)");
        }
        String template = kind == MessageKind.APPOINTMENT_REMINDER
                ? settings.appointmentReminderTemplate()
                : settings.questionnaireLinkTemplate();
        var request = requests.submit(
                () -> client.sendSms(template, address, content.personalisation(), "stepline-message-" + messageId));
        try {
            return request.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS)
                    .getNotificationId()
                    .toString();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotificationClientException refused) {
                throw new DeliveryFailed(reason(refused), refused);
            }
            throw new DeliveryFailed(
                    "GOV.UK Notify could not be reached: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            request.cancel(true);
            throw new DeliveryFailed(
                    "GOV.UK Notify did not answer within " + ANSWER_WITHIN.toSeconds()
                            + " seconds; the message may have been sent",
                    e);
        } catch (InterruptedException e) {
            request.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("Sending was interrupted (the server is stopping)", e);
        }
    }

    /** Notify answers errors as {@code {"errors":[{"error":"…","message":"…"}],"status_code":…}}. */
    static String reason(NotificationClientException e) {
        int status = e.getHttpResult();
        String text = e.getMessage() == null ? "" : e.getMessage();
        Matcher matcher = ERROR.matcher(text);
        String detail = matcher.find() ? matcher.group(1) + ": " + matcher.group(2) : text;
        if (status == 0) {
            return "GOV.UK Notify could not be reached: " + detail;
        }
        return "GOV.UK Notify refused the message (" + status + " " + detail + ")";
    }
}

package org.stepline.messaging.internal;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Settings of the messaging module ({@code stepline.messaging.*}); e-mail uses the standard {@code spring.mail.*}.
 *
 * @param enabled whether this node runs the sender at all (queueing happens regardless)
 * @param pollInterval how often the sender looks for due messages
 * @param reminderLeadTimes how long before an appointment each reminder is sent
 * @param maxAttempts attempts before a message is left FAILED for good
 * @param retryDelay the wait after the first failure; doubled after each further failure, up to maxRetryDelay
 * @param maxRetryDelay the longest wait between two attempts
 * @param stuckAfter how long a message may stay SENDING (its node died) before another node sends it again
 * @param batchSize messages claimed at a time by one node
 * @param serviceName the service as patients know it, used in every message
 * @param servicePhone the number patients call to change an appointment; messages say "contact the service" without it
 * @param emailFrom the sender address of e-mails (spring.mail.username when unset)
 * @param govukNotify GOV.UK Notify ({@code stepline.messaging.notify.*}): the API key (its secret part signs each request) and the SMS template ids
 */
@ConfigurationProperties("stepline.messaging")
public record MessagingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue({"48h", "2h"}) List<Duration> reminderLeadTimes,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("2m") Duration retryDelay,
        @DefaultValue("6h") Duration maxRetryDelay,
        @DefaultValue("15m") Duration stuckAfter,
        @DefaultValue("50") int batchSize,
        @DefaultValue("the talking therapies service") String serviceName,
        @Nullable String servicePhone,
        @Nullable String emailFrom,
        @Name("notify") @DefaultValue Notify govukNotify) {

    /**
     * @param baseUrl the Notify API's address; the client's own default when unset
     * @param apiKey the API key ({@code name-serviceId-secret}), from the environment ({@code STEPLINE_MESSAGING_NOTIFY_API_KEY})
     * @param appointmentReminderTemplate template id of the SMS appointment reminder
     * @param questionnaireLinkTemplate template id of the SMS questionnaire link
     */
    public record Notify(
            @Nullable String baseUrl,
            @Nullable String apiKey,
            @Nullable String appointmentReminderTemplate,
            @Nullable String questionnaireLinkTemplate) {

        boolean configured() {
            return present(apiKey) && present(appointmentReminderTemplate) && present(questionnaireLinkTemplate);
        }

        private static boolean present(@Nullable String value) {
            return value != null && !value.isBlank();
        }
    }
}

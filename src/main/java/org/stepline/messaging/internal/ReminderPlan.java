package org.stepline.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepline.messaging.MessageChannel;

/** Which reminders an appointment gets: one per lead time still ahead, on each channel the patient can receive. */
final class ReminderPlan {

    record Reminder(MessageChannel channel, Duration lead, Instant dueAt) {}

    private ReminderPlan() {}

    /** SMS needs a mobile number, e-mail an address; a channel the patient opted out of is never used. */
    static Set<MessageChannel> channels(boolean hasMobile, boolean hasEmail, Set<MessageChannel> optedOut) {
        Set<MessageChannel> channels = EnumSet.noneOf(MessageChannel.class);
        if (hasMobile && !optedOut.contains(MessageChannel.SMS)) {
            channels.add(MessageChannel.SMS);
        }
        if (hasEmail && !optedOut.contains(MessageChannel.EMAIL)) {
            channels.add(MessageChannel.EMAIL);
        }
        return channels;
    }

    /** Lead times whose moment has already passed when the appointment is booked are skipped. */
    static List<Reminder> reminders(Instant startsAt, List<Duration> leads, Set<MessageChannel> channels, Instant now) {
        List<Reminder> reminders = new ArrayList<>();
        for (Duration lead : leads) {
            Instant due = startsAt.minus(lead);
            if (due.isBefore(now)) {
                continue;
            }
            for (MessageChannel channel : channels) {
                reminders.add(new Reminder(channel, lead, due));
            }
        }
        return reminders;
    }
}

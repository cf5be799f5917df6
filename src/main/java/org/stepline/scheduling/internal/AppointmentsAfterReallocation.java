package org.stepline.scheduling.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stepline.referrals.ReallocationFollowUp;
import org.stepline.scheduling.ContactEntry;
import org.stepline.scheduling.ContactHistory;

/** Tells whoever moved referrals what became of their booked appointments: moved with them, or marked to rebook. */
@Component
class AppointmentsAfterReallocation implements ReallocationFollowUp {

    private final ContactHistory contacts;

    AppointmentsAfterReallocation(ContactHistory contacts) {
        this.contacts = contacts;
    }

    @Override
    public String whatFollowed(List<Long> movedReferralIds, String toName) {
        var upcoming = contacts.upcomingFor(movedReferralIds);
        if (upcoming.isEmpty()) {
            return " No appointments were booked.";
        }
        long toRebook = upcoming.stream().filter(ContactEntry::toRebook).count();
        long followed = upcoming.size() - toRebook;
        String note = followed == 0
                ? ""
                : " " + followed + (followed == 1 ? " booked appointment is" : " booked appointments are")
                        + " now with " + toName + ".";
        if (toRebook > 0) {
            note += " " + toRebook + (toRebook == 1 ? " appointment" : " appointments") + " could not move, because "
                    + toName + " is not free then: marked to rebook on the patient's record.";
        }
        return note;
    }
}

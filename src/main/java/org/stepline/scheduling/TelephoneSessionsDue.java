package org.stepline.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Telephone appointments a session can be run for, for the caseload's "Start telephone session" links. */
public interface TelephoneSessionsDue {

    /**
     * By referral, its earliest telephone appointment from the start of today (UK time) whose outcome is not yet
     * recorded.
     */
    Map<Long, TelephoneSessionDue> byReferral(Collection<Long> referralIds);

    record TelephoneSessionDue(long appointmentId, long referralId, Instant startsAt) {

        public String path() {
            return "/appointments/" + appointmentId + "/session";
        }
    }
}

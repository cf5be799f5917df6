package org.stepline.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read access to appointments and contacts for other modules. Callers check access to the patient first. */
public interface ContactHistory {

    /** One appointment or contact by id. */
    java.util.Optional<ContactEntry> find(long appointmentId);

    /** Every appointment of a patient, newest first. */
    List<ContactEntry> forPatient(long patientId);

    /**
     * Booked appointments of these referrals still to come (no outcome yet, starting after now), soonest first,
     * including those marked to rebook.
     */
    List<ContactEntry> upcomingFor(Collection<Long> referralIds);

    /**
     * Last and next contact per referral; referrals with none are absent from the map. An appointment marked to
     * rebook is not a next contact.
     */
    Map<Long, ContactDates> datesFor(Collection<Long> referralIds);

    /** Recorded contacts between two instants, counted by team and mode: every mode counted the same way. */
    List<ModeCount> countsByTeamAndMode(java.time.Instant from, java.time.Instant to);

    /** Recorded contacts (appointments with an outcome) of the given referrals, by referral, time and id. */
    List<CareContact> careContactsOf(Collection<Long> referralIds);

    /** Per referral, what supervision counts, summed up in the database; referrals without contacts are absent. */
    Map<Long, ContactTally> talliesOf(Collection<Long> referralIds);
}

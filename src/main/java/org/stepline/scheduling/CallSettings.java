package org.stepline.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's list of places practitioners take telephone calls, and where each telephone contact was taken. */
public interface CallSettings {

    /** Every setting in the service's order, retired ones included. */
    List<CallSetting> all();

    /** The settings a contact may be recorded with now. */
    default List<CallSetting> inUse() {
        return all().stream().filter(s -> !s.retired()).toList();
    }

    default Optional<CallSetting> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Adds a setting at the end of the list; its code is made from the label. */
    CallSetting add(String label);

    void rename(String code, String label);

    void retire(String code, boolean retired);

    /** For each referral with a telephone contact that records a setting: those settings, one per contact. */
    Map<Long, List<String>> settingsByReferral();

    /** Records where each of many telephone contacts was taken (the demo service's), in one statement. */
    void recordWhereTaken(Map<Long, String> settingByAppointment);

    /** Records where a telephone contact was taken (the demo service's contacts; the contact form does it too). */
    void recordWhereTaken(long appointmentId, @org.jspecify.annotations.Nullable String code);
}

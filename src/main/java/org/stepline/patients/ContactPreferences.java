package org.stepline.patients;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * What anyone booking or making a call must know first: the number to use, whether a voicemail may be left,
 * when it is safe to call, and how the patient prefers to be seen.
 */
public record ContactPreferences(
        @Nullable String numberToCall,
        @Nullable String otherNumber,
        boolean voicemailAllowed,
        @Nullable String safeCallTimes,
        @Nullable ConsultationMechanism preferredMode,
        boolean modeChoiceOffered,
        @Nullable String email) {}

package org.stepline.referrals;

import java.time.LocalDate;

/** A referral was discharged (its pathway ended). */
public record ReferralDischarged(long referralId, long patientId, LocalDate dischargeDate, String endCode) {}

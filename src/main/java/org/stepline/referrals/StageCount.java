package org.stepline.referrals;

import org.stepline.shared.codes.ReferralStage;

/** Open referrals of a team in one stage, with how many have waited past 6 and 18 weeks since referral. */
public record StageCount(long teamId, ReferralStage stage, long referrals, long over6Weeks, long over18Weeks) {}

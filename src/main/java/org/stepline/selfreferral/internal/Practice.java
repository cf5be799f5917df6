package org.stepline.selfreferral.internal;

/** A GP practice the service covers, and the team that takes self-referrals from its patients. */
public record Practice(String code, String name, long teamId) {}

package org.stepline.measures;

/** A questionnaire was completed and stored against a referral, by whichever route. */
public record MeasureRecorded(long administrationId, long patientId, long referralId, String instrumentId) {}

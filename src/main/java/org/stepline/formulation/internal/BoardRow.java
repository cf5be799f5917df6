package org.stepline.formulation.internal;

/** A board as kept: whose it is and which model it is drawn from. */
public record BoardRow(long id, long referralId, long patientId, String modelId, long lastSeq) {}

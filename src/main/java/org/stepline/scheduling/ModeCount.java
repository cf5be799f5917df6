package org.stepline.scheduling;

import org.stepline.shared.codes.ConsultationMechanism;

/** Recorded contacts of a team in one mode over a period: how many, and how many were attended. */
public record ModeCount(long teamId, ConsultationMechanism mode, long contacts, long attended, long didNotAttend) {}

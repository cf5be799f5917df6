package org.stepline.formulation.internal;

import java.time.Instant;

/** A patient who has joined a board: which board, and when their sharing stops working. */
public record Participant(long shareId, long boardId, long patientId, String firstName, Instant sharingEndsAt) {}

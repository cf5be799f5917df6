package org.stepline.formulation.internal;

/** One numbered change to a board, as sent to every screen: {@code json} is its body with board and seq inside. */
public record Change(long boardId, long seq, String json) {}

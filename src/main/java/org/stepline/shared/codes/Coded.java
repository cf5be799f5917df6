package org.stepline.shared.codes;

/** One entry of a plain code list. */
public record Coded(String code, String label) implements NationalCode {}

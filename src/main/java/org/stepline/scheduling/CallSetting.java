package org.stepline.scheduling;

import org.stepline.shared.codes.NationalCode;

/**
 * Where the practitioner took a telephone call, from the service's own list (not a national code list, but drawn
 * and stored the same way: a code and its label).
 */
public record CallSetting(String code, String label, boolean retired) implements NationalCode {}

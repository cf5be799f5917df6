package org.stepline.identity.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/** What a person's authenticator app does, for the tests: the code of a base-32 key shown on the set-up page. */
public final class OneTimeCodes {

    private OneTimeCodes() {}

    /** The code the app shows {@code stepsAhead} 30-second steps from now (0: now). */
    public static String codeFor(String base32Key, int stepsAhead) {
        return Totp.code(decode(base32Key), Totp.stepAt(Instant.now()) + stepsAhead, Totp.DIGITS, "HmacSHA1");
    }

    private static byte[] decode(String base32) {
        var bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}

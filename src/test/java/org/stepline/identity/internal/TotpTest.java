package org.stepline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-time code function against RFC 6238's test vectors (appendix B) and RFC 4648's base 32 vectors. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static byte[] seed(String hmac) {
        String seed = switch (hmac) {
            case "HmacSHA1" -> "12345678901234567890";
            case "HmacSHA256" -> "12345678901234567890123456789012";
            default -> "1234567890123456789012345678901234567890123456789012345678901234";
        };
        return seed.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
        "HmacSHA1,   59,          94287082",
        "HmacSHA256, 59,          46119246",
        "HmacSHA512, 59,          90693936",
        "HmacSHA1,   1111111109,  07081804",
        "HmacSHA256, 1111111109,  68084774",
        "HmacSHA512, 1111111109,  25091201",
        "HmacSHA1,   1111111111,  14050471",
        "HmacSHA256, 1111111111,  67062674",
        "HmacSHA512, 1111111111,  99943326",
        "HmacSHA1,   1234567890,  89005924",
        "HmacSHA256, 1234567890,  91819424",
        "HmacSHA512, 1234567890,  93441116",
        "HmacSHA1,   2000000000,  69279037",
        "HmacSHA256, 2000000000,  90698825",
        "HmacSHA512, 2000000000,  38618901",
        "HmacSHA1,   20000000000, 65353130",
        "HmacSHA256, 20000000000, 77737706",
        "HmacSHA512, 20000000000, 47863826"
    })
    void theCodesOfRfc6238AppendixB(String hmac, long seconds, String code) {
        assertThat(Totp.code(seed(hmac), Totp.stepAt(Instant.ofEpochSecond(seconds)), 8, hmac))
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "typed at {0} s, code of {1} s: accepted {2}")
    @CsvSource({
        "1111111111, 1111111111, true", // the same step
        "1111111111, 1111111081, true", // one step before: a slow typist
        "1111111111, 1111111141, true", // one step after: a phone whose clock is ahead
        "1111111111, 1111111051, false", // two steps before: too old
        "1111111111, 1111111171, false"
    }) // two steps after
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNoFurther(long now, long codeTime, boolean accepted) {
        long step = Totp.stepAt(Instant.ofEpochSecond(codeTime));
        String code = Totp.code(SHA1_SEED, step, Totp.DIGITS, "HmacSHA1");
        var match = Totp.matchingStep(SHA1_SEED, code, Totp.stepAt(Instant.ofEpochSecond(now)));
        assertThat(match.isPresent()).isEqualTo(accepted);
        if (accepted) {
            assertThat(match.getAsLong()).isEqualTo(step);
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
        assertThat(Totp.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(59)), 6, "HmacSHA1"))
                .isEqualTo("287082");
        assertThat(Totp.matchingStep(SHA1_SEED, "287082", 1)).hasValue(1);
        assertThat(Totp.matchingStep(SHA1_SEED, "28708", 1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "", 1)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32AsRfc4648WithoutPadding(String text, String base32) {
        assertThat(Totp.base32(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
    }

    @Test
    void theAddressAnAuthenticatorAppReads() {
        assertThat(Totp.otpauthUri("Stepline North", "a.jones", SHA1_SEED))
                .isEqualTo(
                        "otpauth://totp/Stepline%20North:a.jones?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Stepline%20North"
                                + "&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
    }
}

package org.stepline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The drawn QR code reads back, with another library's decoder, as the address an authenticator app needs. */
class QrCodeSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int SCALE = 6;

    @Test
    void theSvgDecodesToTheOtpauthAddress() throws Exception {
        String address = Totp.otpauthUri("Stepline (North service)", "d.jones", Totp.newSecret());

        String svg = QrCodeSvg.of(address, "QR code for your authenticator app");

        assertThat(decode(svg)).isEqualTo(address);
    }

    @Test
    void theSvgIsAnImageWithADescriptionAndNoScriptOrStyle() {
        String svg = QrCodeSvg.of("otpauth://totp/x?secret=AAAA", "QR code \"for\" <your> app");

        assertThat(svg)
                .startsWith("<svg ")
                .contains("role=\"img\"")
                .contains("aria-label=\"QR code &quot;for&quot; &lt;your&gt; app\"")
                .doesNotContain("<script")
                .doesNotContain("style=");
    }

    private static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1)) * SCALE;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * SCALE;
            int y = Integer.parseInt(module.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                Arrays.fill(pixels, (y + dy) * size + x, (y + dy) * size + x + SCALE, 0x000000);
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}

package org.stepline.identity.internal;

import io.nayuki.qrcodegen.QrCode;

/**
 * An {@code otpauth://} address drawn as a QR code in inline SVG, so that an authenticator app can read the key
 * from the screen: one square path per dark module, a quiet zone of four modules, no script and no style (the
 * content security policy allows neither inline).
 */
final class QrCodeSvg {

    static final int QUIET_ZONE = 4;

    private QrCodeSvg() {}

    static String of(String text, String description) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        var path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\""
                + " role=\"img\" aria-label=\"" + escape(description) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

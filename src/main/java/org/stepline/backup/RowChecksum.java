package org.stepline.backup;

import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A table's content checksum over the COPY text it is written as: the sum, modulo 2^256, of every row's SHA-256.
 * A sum does not depend on the order of the rows, so a table read back after a restore (in whatever order
 * PostgreSQL returns it) gives the same checksum as when it was backed up, and any changed, lost or added row a
 * different one. Rows end with a newline (COPY text escapes the newlines inside values).
 */
final class RowChecksum extends OutputStream {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final MessageDigest row = sha256();
    private BigInteger sum = BigInteger.ZERO;
    private long rows;

    @Override
    public void write(int b) {
        if (b == '\n') {
            endRow();
        } else {
            row.update((byte) b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                row.update(bytes, start, i - start);
                endRow();
                start = i + 1;
            }
        }
        row.update(bytes, start, offset + length - start);
    }

    private void endRow() {
        sum = sum.add(new BigInteger(1, row.digest())).mod(MODULUS);
        rows++;
    }

    long rows() {
        return rows;
    }

    String checksum() {
        byte[] bytes = sum.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return HexFormat.of().formatHex(fixed);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}

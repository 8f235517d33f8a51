package dk.segl.ca;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Bounds the shape of DER before Bouncy Castle parses it. Bouncy Castle's {@code ASN1InputStream}
 * (1.82) recurses once per level of nesting and has no depth limit: a few thousand nested
 * SEQUENCEs in a 64 KiB request overflow the stack. This walk is iterative and only reads the
 * tag and length of each value; decoding the values stays Bouncy Castle's.
 */
public final class DerShape {

    /** A CSR nests about eight levels deep (an extension inside a requested attribute); explicit EC parameters a few more. */
    static final int MAX_DEPTH = 24;

    private static final int CONSTRUCTED = 0x20;
    private static final int HIGH_TAG_NUMBER = 0x1f;
    private static final int MAX_LENGTH_OCTETS = 4;

    private DerShape() {
    }

    /** Bouncy Castle's reading of {@code der}, once it {@link #fits}; an IllegalArgumentException otherwise. */
    public static ASN1Primitive parse(byte[] der) {
        if (!fits(der)) {
            throw new IllegalArgumentException("not one DER value of bounded depth");
        }
        try {
            return ASN1Primitive.fromByteArray(der);
        } catch (IOException e) {
            throw new IllegalArgumentException("not DER", e);
        }
    }

    /**
     * True when {@code der} is exactly one value with definite lengths (DER has no others), every
     * value inside its parent, nested at most {@link #MAX_DEPTH} deep, and nothing after it.
     */
    static boolean fits(byte[] der) {
        int[] ends = new int[MAX_DEPTH + 1];
        int depth = 0;
        ends[0] = der.length;
        int position = 0;
        boolean topLevelRead = false;
        while (position < der.length) {
            if (depth == 0 && topLevelRead) {
                return false;
            }
            topLevelRead = true;
            int tag = der[position++] & 0xff;
            position = skipTagNumber(der, position, tag);
            long length = position < 0 ? -1 : length(der, position);
            if (length < 0) {
                return false;
            }
            position += lengthOctets(der[position]);
            long end = position + length;
            if (end > ends[depth]) {
                return false;
            }
            if ((tag & CONSTRUCTED) != 0) {
                if (depth == MAX_DEPTH) {
                    return false;
                }
                ends[++depth] = (int) end;
            } else {
                position = (int) end;
            }
            while (depth > 0 && position == ends[depth]) {
                depth--;
            }
        }
        return topLevelRead && depth == 0;
    }

    /** The position after the tag's number, or -1 when the input ends inside it. */
    private static int skipTagNumber(byte[] der, int position, int tag) {
        if ((tag & HIGH_TAG_NUMBER) != HIGH_TAG_NUMBER) {
            return position < der.length ? position : -1;
        }
        for (int octets = 0; octets < MAX_LENGTH_OCTETS && position < der.length; octets++) {
            if ((der[position++] & 0x80) == 0) {
                return position < der.length ? position : -1;
            }
        }
        return -1;
    }

    /** The content length, or -1 for an indefinite, oversized or truncated length. */
    private static long length(byte[] der, int position) {
        int first = der[position] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7f;
        if (octets == 0 || octets > MAX_LENGTH_OCTETS || position + octets >= der.length) {
            return -1;
        }
        long length = 0;
        for (int i = 1; i <= octets; i++) {
            length = (length << 8) | (der[position + i] & 0xff);
        }
        return length;
    }

    private static int lengthOctets(byte first) {
        return (first & 0x80) == 0 ? 1 : 1 + (first & 0x7f);
    }
}

package dk.segl.ca;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The identifier and definite length of a DER constructed value whose contents are streamed
 * afterwards (X.690, 8.1.2 and 8.1.3.5). Bouncy Castle has no public way to write a header
 * without holding the contents in memory (its DER generators buffer them), so this is the one
 * place Segl writes ASN.1 octets itself; everything inside is Bouncy Castle's encoding, and
 * CrlEncoderTest compares the result with Bouncy Castle's own CRL builder octet for octet.
 */
final class DerHeader {

    static final int SEQUENCE = 0x30;

    private DerHeader() {
    }

    static long length(long contentLength) {
        return 1 + lengthOctets(contentLength) + contentLength;
    }

    static void write(OutputStream out, int identifier, long contentLength) throws IOException {
        out.write(identifier);
        if (contentLength < 0x80) {
            out.write((int) contentLength);
            return;
        }
        int octets = lengthOctets(contentLength) - 1;
        out.write(0x80 | octets);
        for (int shift = (octets - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (contentLength >>> shift) & 0xff);
        }
    }

    private static int lengthOctets(long contentLength) {
        if (contentLength < 0x80) {
            return 1;
        }
        int octets = 0;
        for (long rest = contentLength; rest > 0; rest >>>= 8) {
            octets++;
        }
        return 1 + octets;
    }
}

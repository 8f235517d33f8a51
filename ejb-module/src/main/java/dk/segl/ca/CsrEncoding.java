package dk.segl.ca;

import dk.segl.error.DomainException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * Turns the bytes a client sent into a PKCS#10 structure, bounded before Bouncy Castle parses
 * anything: at most {@link CsrPolicy#MAX_BYTES} of PEM or DER, one PEM block with a CSR's label, DER of
 * bounded depth ({@link DerShape}) with nothing after it.
 */
final class CsrEncoding {

    private static final String PEM_BEGIN = "-----BEGIN";
    private static final Set<String> PEM_LABELS = Set.of("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");

    private CsrEncoding() {
    }

    /** Accepts PEM ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST") or DER. */
    static CertificationRequest decode(byte[] input) {
        if (input == null || input.length == 0) {
            throw malformed("the CSR is empty");
        }
        if (input.length > CsrPolicy.MAX_BYTES) {
            throw DomainException.badInput("csr-too-large", "a CSR is at most " + CsrPolicy.MAX_BYTES + " bytes");
        }
        // Pasted PEM often arrives indented or after blank lines, which the PEM reader does not skip.
        String text = new String(input, StandardCharsets.ISO_8859_1).stripLeading();
        byte[] der = text.startsWith(PEM_BEGIN) ? fromPem(text) : input;
        try {
            return CertificationRequest.getInstance(DerShape.parse(der));
        } catch (RuntimeException e) {
            // Parser messages describe Bouncy Castle's internals, not the user's mistake.
            throw malformed("not a PKCS#10 certificate request in PEM or DER");
        }
    }

    private static byte[] fromPem(String text) {
        PemObject block;
        boolean more;
        try (PemReader reader = new PemReader(new StringReader(text))) {
            block = reader.readPemObject();
            more = reader.readPemObject() != null;
        } catch (IOException | RuntimeException e) {
            throw malformed("the PEM text cannot be read (its base64 or its END line)");
        }
        if (block == null || !PEM_LABELS.contains(block.getType())) {
            throw malformed("the PEM block must be a CERTIFICATE REQUEST");
        }
        if (more) {
            throw malformed("send one CSR, not several PEM blocks");
        }
        return block.getContent();
    }

    private static DomainException malformed(String detail) {
        return DomainException.badInput("csr-malformed", detail);
    }
}

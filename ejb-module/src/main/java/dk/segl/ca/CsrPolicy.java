package dk.segl.ca;

import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Approves a PKCS#10 request's key. Only the key is taken from a CSR: the subject and any
 * requested extensions are the profile's to decide, so they are ignored.
 */
public final class CsrPolicy {

    private static final String PEM_BEGIN = "-----BEGIN";

    private CsrPolicy() {
    }

    /** Accepts PEM ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST") or DER. */
    public static PublicKey approve(byte[] pemOrDer) {
        PKCS10CertificationRequest csr = parse(pemOrDer);
        PublicKey key = publicKey(csr);
        KeyPolicy.check(key);
        requireValidSignature(csr);
        return key;
    }

    private static PKCS10CertificationRequest parse(byte[] input) {
        if (input == null || input.length == 0) {
            throw unparseable();
        }
        try {
            // Pasted PEM often arrives indented or after blank lines, which the PEM reader does not skip.
            String text = new String(input, StandardCharsets.ISO_8859_1).stripLeading();
            if (text.startsWith(PEM_BEGIN)) {
                return fromPem(text);
            }
            return new PKCS10CertificationRequest(input);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Parser messages describe Bouncy Castle's internals, not the user's mistake.
            throw unparseable();
        }
    }

    private static PKCS10CertificationRequest fromPem(String text) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object object = parser.readObject();
            if (object instanceof PKCS10CertificationRequest csr) {
                return csr;
            }
            throw unparseable();
        }
    }

    private static PublicKey publicKey(PKCS10CertificationRequest csr) {
        try {
            return new JcaPKCS10CertificationRequest(csr).setProvider(BouncyCastle.PROVIDER).getPublicKey();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw Rule.CSR_KEY_ALGORITHM.refusal("the CSR's key cannot be read");
        }
    }

    private static void requireValidSignature(PKCS10CertificationRequest csr) {
        boolean valid;
        try {
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(csr.getSubjectPublicKeyInfo());
            valid = csr.isSignatureValid(verifier);
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            throw Rule.CSR_SIGNATURE_INVALID.refusal();
        }
    }

    private static DomainException unparseable() {
        return Rule.CSR_UNPARSEABLE.refusal();
    }
}

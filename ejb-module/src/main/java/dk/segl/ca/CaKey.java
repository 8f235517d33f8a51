package dk.segl.ca;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.operator.ContentSigner;

/**
 * A CA's key and certificate. The private key stays behind this interface so that a key from a
 * PKCS#12 file and a key in an HSM (PKCS#11) are the same to the profiles and the CRL encoder.
 */
public interface CaKey {

    /** RSASSA-PSS with SHA-256, as OCES3 signs. */
    String DEFAULT_SIGNATURE_ALGORITHM = "SHA256WITHRSAANDMGF1";

    /** The configured signature algorithm, or {@link #DEFAULT_SIGNATURE_ALGORITHM} when none is. */
    static String signatureAlgorithm(String configured) {
        return configured == null || configured.isBlank() ? DEFAULT_SIGNATURE_ALGORITHM : configured;
    }

    X509Certificate certificate();

    default PublicKey publicKey() {
        return certificate().getPublicKey();
    }

    /** A fresh signer for one signature; Bouncy Castle signers are single-use streams. */
    ContentSigner contentSigner();
}

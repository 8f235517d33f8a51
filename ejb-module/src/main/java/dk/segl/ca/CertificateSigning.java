package dk.segl.ca;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/** The last step of every profile: the issuer signs, and the signature is checked before the certificate leaves the CA. */
final class CertificateSigning {

    private CertificateSigning() {
    }

    /** Catches a faulty signer (an HSM, a mismatched key) before anyone sees its certificate. */
    static X509Certificate sign(X509v3CertificateBuilder builder, CaKey issuer) {
        X509Certificate certificate = CaHierarchy.toCertificate(builder.build(issuer.contentSigner()));
        try {
            certificate.verify(issuer.publicKey(), BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the CA produced a signature that does not verify", e);
        }
        return certificate;
    }
}

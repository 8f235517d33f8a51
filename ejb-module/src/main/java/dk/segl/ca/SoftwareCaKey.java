package dk.segl.ca;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Objects;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A CA key held in process memory, as loaded from a PKCS#12 file. */
public final class SoftwareCaKey implements CaKey {

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final String signatureAlgorithm;

    /**
     * Checks the pairing at construction so a wrong key, a wrong certificate or an unknown
     * algorithm name stops the deployment instead of failing on the first request.
     */
    public SoftwareCaKey(X509Certificate certificate, PrivateKey privateKey, String signatureAlgorithm) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.signatureAlgorithm = CaKey.signatureAlgorithm(signatureAlgorithm);
        requireKeyMatchesCertificate();
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public ContentSigner contentSigner() {
        try {
            return new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(privateKey);
        } catch (OperatorCreationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot sign with " + signatureAlgorithm, e);
        }
    }

    /** Package-private: only the key store writes keys out; everyone else signs through the interface. */
    PrivateKey privateKey() {
        return privateKey;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    private void requireKeyMatchesCertificate() {
        byte[] probe = "segl key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(signatureAlgorithm, BouncyCastle.PROVIDER);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm, BouncyCastle.PROVIDER);
            verifier.initVerify(publicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException("the private key does not belong to "
                        + certificate.getSubjectX500Principal().getName());
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with " + signatureAlgorithm
                    + " using the key of " + certificate.getSubjectX500Principal().getName(), e);
        }
    }
}

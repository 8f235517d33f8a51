package dk.segl.ca;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.jcajce.io.OutputStreamFactory;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * A CA key that never leaves its PKCS#11 token: the token signs through the JDK's SunPKCS11
 * provider, which knows RSASSA-PSS by its JCA name and parameters rather than by Bouncy Castle's
 * {@code SHA256WITHRSAANDMGF1}; the algorithm identifier in what is signed is Bouncy Castle's, so
 * the signature reads the same as one made by a {@link SoftwareCaKey}.
 */
final class TokenCaKey implements CaKey {

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final Provider provider;
    private final String signatureAlgorithm;

    TokenCaKey(X509Certificate certificate, PrivateKey privateKey, Provider provider, String signatureAlgorithm) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.provider = provider;
        this.signatureAlgorithm = CaKey.signatureAlgorithm(signatureAlgorithm);
        requireKeyMatchesCertificate();
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public ContentSigner contentSigner() {
        return signer(privateKey, provider, signatureAlgorithm);
    }

    /** A signer for a key on the token, also before the key has a certificate (the root signs itself). */
    static ContentSigner signer(PrivateKey key, Provider provider, String algorithm) {
        AlgorithmIdentifier identifier = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
        Signature signature = tokenSignature(key, provider, algorithm);
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return identifier;
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStreamFactory.createStream(signature);
            }

            @Override
            public byte[] getSignature() {
                try {
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new RuntimeOperatorException("the token did not sign: " + e.getMessage(), e);
                }
            }
        };
    }

    /** {@code SHA256WITHRSAANDMGF1} is RSASSA-PSS with SHA-256 for message and MGF1, salt its length. */
    private static Signature tokenSignature(PrivateKey key, Provider provider, String algorithm) {
        String name = algorithm.toUpperCase(Locale.ROOT);
        try {
            if (!name.endsWith("ANDMGF1")) {
                Signature signature = Signature.getInstance(algorithm, provider);
                signature.initSign(key);
                return signature;
            }
            String digest = name.substring(0, name.indexOf("WITH")).replace("SHA", "SHA-");
            Signature signature = Signature.getInstance("RSASSA-PSS", provider);
            signature.initSign(key);
            signature.setParameter(new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest),
                    MessageDigest.getInstance(digest).getDigestLength(), PSSParameterSpec.TRAILER_FIELD_BC));
            return signature;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the PKCS#11 token cannot sign with " + algorithm, e);
        }
    }

    private void requireKeyMatchesCertificate() {
        byte[] probe = "segl key check".getBytes(StandardCharsets.US_ASCII);
        try {
            ContentSigner signer = contentSigner();
            signer.getOutputStream().write(probe);
            Signature verifier = Signature.getInstance(signatureAlgorithm, BouncyCastle.PROVIDER);
            verifier.initVerify(publicKey());
            verifier.update(probe);
            if (!verifier.verify(signer.getSignature())) {
                throw new IllegalStateException("the token's key does not belong to "
                        + certificate.getSubjectX500Principal().getName());
            }
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + signatureAlgorithm + " using the token's key of "
                    + certificate.getSubjectX500Principal().getName(), e);
        }
    }
}

package dk.segl.ca;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** Key pairs for tests; the slow RSA ones are made once per test run. */
public final class TestKeys {

    private static KeyPair rsa3072;

    private TestKeys() {
    }

    public static synchronized KeyPair rsa3072() {
        if (rsa3072 == null) {
            rsa3072 = rsa(3072);
        }
        return rsa3072;
    }

    public static KeyPair rsa(int bits) {
        return generate("RSA", generator -> generator.initialize(bits));
    }

    public static KeyPair ec(String curve) {
        return generate("EC", generator -> generator.initialize(new ECGenParameterSpec(curve)));
    }

    /** The RSA 3072 key marked id-RSASSA-PSS, as a provider builds it from such a SubjectPublicKeyInfo. */
    public static PublicKey rsaPss() {
        SubjectPublicKeyInfo rsa = SubjectPublicKeyInfo.getInstance(rsa3072().getPublic().getEncoded());
        try {
            byte[] pss = new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS),
                    rsa.getPublicKeyData().getOctets()).getEncoded();
            return KeyFactory.getInstance("RSASSA-PSS", BouncyCastle.PROVIDER).generatePublic(new X509EncodedKeySpec(pss));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair of(String algorithm) {
        return generate(algorithm, generator -> { });
    }

    private interface Setup {
        void apply(KeyPairGenerator generator) throws GeneralSecurityException;
    }

    private static KeyPair generate(String algorithm, Setup setup) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BouncyCastle.PROVIDER);
            setup.apply(generator);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dk.segl.ca;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

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

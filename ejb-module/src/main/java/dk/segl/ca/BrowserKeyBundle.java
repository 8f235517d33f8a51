package dk.segl.ca;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * For users without a CSR: the CA makes the key pair and hands key and certificate over as a
 * password-protected PKCS#12 file the user imports into a browser or mail client.
 */
public final class BrowserKeyBundle {

    static final int KEY_BITS = 3072;
    static final int PASSWORD_LENGTH = 20;

    private final SecureRandom random;

    public BrowserKeyBundle() {
        this(new SecureRandom());
    }

    public BrowserKeyBundle(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
            generator.initialize(KEY_BITS, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /**
     * @param chain the CA certificates above {@code certificate}, issuing CA first; the root may
     *     be left out when the user's trust store already has it
     */
    public Pkcs12File export(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain, String friendlyName) {
        List<X509Certificate> fullChain = new ArrayList<>();
        fullChain.add(certificate);
        fullChain.addAll(chain);
        char[] password = RandomPasswords.generate(random, PASSWORD_LENGTH);
        byte[] der = Pkcs12Encoder.encode(List.of(new Pkcs12Encoder.Entry(friendlyName, key, fullChain)), password);
        return new Pkcs12File(der, new String(password));
    }
}

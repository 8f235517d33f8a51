package dk.segl.ca;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * A logged-in PKCS#11 token through the JDK's SunPKCS11 provider. Keys it generates are token
 * objects that are private, sensitive and never extractable: they sign on the token and nothing
 * else can read them. The PIN is used to log in and never kept in a message.
 */
final class Pkcs11Token {

    /** Template for generated keys: stored on the token, never leaving it. */
    private static final String KEY_ATTRIBUTES = """
            attributes(generate, CKO_PRIVATE_KEY, *) = {
              CKA_TOKEN = true
              CKA_PRIVATE = true
              CKA_SENSITIVE = true
              CKA_EXTRACTABLE = false
            }
            attributes(generate, CKO_PUBLIC_KEY, *) = {
              CKA_TOKEN = true
            }
            """;

    private final Provider provider;
    private final KeyStore store;
    private final String description;

    private Pkcs11Token(Provider provider, KeyStore store, String description) {
        this.provider = provider;
        this.store = store;
        this.description = description;
    }

    /** {@code slot} is the token's slot ID when given, else {@code slotListIndex} picks among the slots with a token. */
    static Pkcs11Token login(String library, Optional<Long> slot, int slotListIndex, char[] pin) {
        String selection = slot.map(id -> "slot = " + id).orElse("slotListIndex = " + slotListIndex);
        String description = "the PKCS#11 token at " + selection.replace(" = ", " ") + " of " + library;
        Provider provider;
        try {
            provider = Security.getProvider("SunPKCS11").configure("--name = Segl\nlibrary = " + library + "\n"
                    + selection + "\n" + KEY_ATTRIBUTES);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open " + description + ": " + e.getMessage(), e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return new Pkcs11Token(provider, store, description);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot log in to " + description + " (wrong PIN, or no token there)", e);
        }
    }

    String description() {
        return description;
    }

    Provider provider() {
        return provider;
    }

    boolean holds(String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot list " + description, e);
        }
    }

    TokenCaKey key(String alias, String signatureAlgorithm) {
        try {
            Key key = store.getKey(alias, null);
            if (!(key instanceof PrivateKey privateKey) || !(store.getCertificate(alias) instanceof X509Certificate certificate)) {
                throw new IllegalStateException(description + " has no key and certificate under \"" + alias + "\"");
            }
            return new TokenCaKey(certificate, privateKey, provider, signatureAlgorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read \"" + alias + "\" from " + description, e);
        }
    }

    KeyPair generateRsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key on " + description, e);
        }
    }

    /** Names the token key {@code alias} and stores its certificate chain beside it; an old entry of that name goes. */
    void store(String alias, PrivateKey key, X509Certificate... chain) {
        try {
            if (store.containsAlias(alias)) {
                store.deleteEntry(alias);
            }
            store.setKeyEntry(alias, key, null, (Certificate[]) chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store \"" + alias + "\" on " + description, e);
        }
    }
}

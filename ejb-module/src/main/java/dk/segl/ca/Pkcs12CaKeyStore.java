package dk.segl.ca;

import dk.segl.files.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The root and issuing CA keys kept in one PKCS#12 file, created on first start. The root key
 * lives beside the issuing key only because Segl is a small CA; the PKCS#11 alternative
 * ({@link Pkcs11CaKeyStore}) implements {@link CaKeyStore} the same way.
 */
public final class Pkcs12CaKeyStore implements CaKeyStore {

    static final String ROOT_ALIAS = "root";
    static final String ISSUING_ALIAS = "issuing";
    static final int ROOT_KEY_BITS = 4096;
    static final int ISSUING_KEY_BITS = 3072;

    private final SoftwareCaKey root;
    private final SoftwareCaKey issuing;
    private final X509Certificate issuingAsFound;
    private final Path file;
    private final char[] password;

    private Pkcs12CaKeyStore(SoftwareCaKey root, SoftwareCaKey issuing, X509Certificate issuingAsFound, Path file,
            char[] password) {
        this.root = root;
        this.issuing = issuing;
        this.issuingAsFound = issuingAsFound;
        this.file = file;
        this.password = password;
    }

    /**
     * Loads the keys from {@code file}, or creates a new hierarchy there when the file does not
     * exist. A present but unreadable file is an error, never a reason to make new keys: that
     * would silently orphan every certificate issued so far.
     */
    public static Pkcs12CaKeyStore openOrCreate(Path file, char[] password, CaNames names,
            String signatureAlgorithm, Clock clock) {
        if (Files.exists(file)) {
            return withPolicies(load(file, password, signatureAlgorithm), file, password, names, signatureAlgorithm, clock);
        }
        return create(file, password, names, signatureAlgorithm, clock);
    }

    @Override
    public CaKey root() {
        return root;
    }

    @Override
    public CaKey issuing() {
        return issuing;
    }

    /**
     * The issuing CA certificate the file held when opened: the same as {@link #issuing()}'s unless
     * this opening re-issued it for the configured policies (a new store: the one it was made with).
     */
    @Override
    public X509Certificate issuingAsFound() {
        return issuingAsFound;
    }

    /** The OCSP signer lives in its own file beside the CA keys ({@link OcspSignerFile}), under the same password. */
    @Override
    public Optional<CaKey> ocspSigner() {
        return OcspSignerFile.load(ocspFile(), password, issuing.signatureAlgorithm(), issuing).map(CaKey.class::cast);
    }

    @Override
    public CaKey issueOcspSigner(OcspSignerProfile profile) {
        return OcspSignerFile.issue(ocspFile(), password, issuing.signatureAlgorithm(), issuing, profile);
    }

    private Path ocspFile() {
        return file.resolveSibling("ocsp.p12");
    }

    /**
     * An issuing CA created before Segl put the configured certificate policies into its
     * certificate (or under other policies) gets a new certificate for the same key, signed by
     * the root, and the key store is rewritten with it. The certificate it replaces is kept
     * beside the key store as {@code issuing-<serial>.cer}: certificates issued under it chain to
     * the new one too, as the key, subject and key identifier are the same.
     */
    private static Pkcs12CaKeyStore withPolicies(Pkcs12CaKeyStore keys, Path file, char[] password, CaNames names,
            String signatureAlgorithm, Clock clock) {
        CaHierarchy hierarchy = new CaHierarchy(names, signatureAlgorithm, clock, new SerialNumbers());
        if (hierarchy.carriesPolicies(keys.issuing.certificate())) {
            return keys;
        }
        X509Certificate replaced = keys.issuing.certificate();
        SoftwareCaKey issuing = hierarchy.reissueIssuing(keys.root, keys.issuing);
        replace(file, password, keys.root, keys.issuing, issuing);
        return new Pkcs12CaKeyStore(keys.root, issuing, replaced, file, password);
    }

    /** The operator's re-issue ({@code segl ca reissue}): the file is rewritten, this opening keeps what it read. */
    @Override
    public void replaceIssuingCertificate(X509Certificate certificate) {
        replace(file, password, root, issuing, new SoftwareCaKey(certificate, issuing.privateKey(),
                issuing.signatureAlgorithm()));
    }

    /** Keeps the replaced certificate as {@code issuing-<serial>.cer}, then rewrites the key store. */
    private static void replace(Path file, char[] password, SoftwareCaKey root, SoftwareCaKey replaced,
            SoftwareCaKey issuing) {
        try {
            PrivateFiles.writeAtomically(file.resolveSibling("issuing-"
                    + new SerialNumber(replaced.certificate().getSerialNumber()) + ".cer"),
                    replaced.certificate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the issuing CA certificate being replaced", e);
        }
        write(file, password, root, issuing);
    }

    private static Pkcs12CaKeyStore create(Path file, char[] password, CaNames names,
            String signatureAlgorithm, Clock clock) {
        CaHierarchy hierarchy = new CaHierarchy(names, signatureAlgorithm, clock, new SerialNumbers());
        SoftwareCaKey root = hierarchy.createRoot(rsaKeyPair(ROOT_KEY_BITS));
        SoftwareCaKey issuing = hierarchy.createIssuing(root, rsaKeyPair(ISSUING_KEY_BITS));
        write(file, password, root, issuing);
        return new Pkcs12CaKeyStore(root, issuing, issuing.certificate(), file, password);
    }

    private static void write(Path file, char[] password, SoftwareCaKey root, SoftwareCaKey issuing) {
        byte[] pkcs12 = Pkcs12Encoder.encode(List.of(
                new Pkcs12Encoder.Entry(ROOT_ALIAS, root.privateKey(), List.of(root.certificate())),
                new Pkcs12Encoder.Entry(ISSUING_ALIAS, issuing.privateKey(),
                        List.of(issuing.certificate(), root.certificate()))), password);
        PrivateFiles.writeAtomically(file, pkcs12);
    }

    private static Pkcs12CaKeyStore load(Path file, char[] password, String signatureAlgorithm) {
        KeyStore store = read(file, password);
        SoftwareCaKey root = entry(store, ROOT_ALIAS, password, signatureAlgorithm, file);
        SoftwareCaKey issuing = entry(store, ISSUING_ALIAS, password, signatureAlgorithm, file);
        requireIssuedBy(issuing, root, "key store " + file);
        return new Pkcs12CaKeyStore(root, issuing, issuing.certificate(), file, password);
    }

    /** A PKCS#12 file of Segl's keys (the CAs', the OCSP signer's). */
    static KeyStore read(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(in, password);
            return store;
        } catch (IOException e) {
            // Bouncy Castle reports a wrong password as an IOException about the MAC.
            throw new IllegalStateException("cannot open CA key store " + file
                    + ": wrong password or damaged file", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open CA key store " + file, e);
        }
    }

    static SoftwareCaKey entry(KeyStore store, String alias, char[] password,
            String signatureAlgorithm, Path file) {
        try {
            Key key = store.getKey(alias, password);
            if (!(key instanceof PrivateKey privateKey) || !(store.getCertificate(alias) instanceof X509Certificate certificate)) {
                throw new IllegalStateException("CA key store " + file + " has no key and certificate under \"" + alias + "\"");
            }
            return new SoftwareCaKey(certificate, privateKey, signatureAlgorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read \"" + alias + "\" from CA key store " + file, e);
        }
    }

    static void requireIssuedBy(CaKey subject, CaKey issuer, String where) {
        try {
            subject.certificate().verify(issuer.publicKey(), BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("in " + where + " " + subject.certificate().getSubjectX500Principal()
                    + " is not signed by " + issuer.certificate().getSubjectX500Principal(), e);
        }
    }

    static KeyPair rsaKeyPair(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}

package dk.segl.ca;

import dk.segl.files.PrivateFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The two files the HTTPS listener reads (Payara's {@code ssl.key-store} and {@code ssl.trust-store},
 * see web-module/src/main/payara/preboot.asadmin): {@code server.p12} with the TLS server key and
 * its chain under {@link #ALIAS}, and {@code trust.p12} with Segl's CA certificates, the only ones a
 * client certificate may chain to. The listener opens them when it starts, at its first connection
 * after the application has started, and again when {@link HttpsListener} restarts it.
 */
public final class TlsKeystores {

    public static final String ALIAS = "segl-tls";

    private final Path server;
    private final Path trust;
    private final char[] password;
    private final Duration renewBefore;

    /** The key stores in {@code folder}; a server certificate this close to its end is due for renewal. */
    public TlsKeystores(Path folder, char[] password, Duration renewBefore) {
        this.server = folder.resolve("server.p12");
        this.trust = folder.resolve("trust.p12");
        this.password = password.clone();
        this.renewBefore = renewBefore;
    }

    /**
     * The current server certificate, if there is one that need not be renewed now for this issuer and
     * subject. One that is not valid yet is renewed too: it was issued by a clock that ran ahead, and
     * clients would refuse it until that time.
     */
    public Optional<X509Certificate> current(X509Certificate issuer, X500Name subject, Instant now) {
        if (!Files.exists(server)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(server)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
                return Optional.empty();
            }
            certificate.verify(issuer.getPublicKey(), BouncyCastle.PROVIDER);
            boolean sameName = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).equals(subject);
            boolean fresh = certificate.getNotAfter().toInstant().isAfter(now.plus(renewBefore))
                    && !certificate.getNotBefore().toInstant().isAfter(now);
            return sameName && fresh ? Optional.of(certificate) : Optional.empty();
        } catch (IOException | GeneralSecurityException e) {
            // Another CA's certificate, another password or a damaged file: a new one replaces it.
            return Optional.empty();
        }
    }

    /** A new key pair for the server: EC P-256, quick to make at start and accepted by every TLS client. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make EC P-256 keys", e);
        }
    }

    public void write(KeyPair keys, X509Certificate certificate, List<X509Certificate> caChain) {
        try {
            KeyStore serverStore = emptyStore();
            X509Certificate[] chain = new X509Certificate[caChain.size() + 1];
            chain[0] = certificate;
            for (int i = 0; i < caChain.size(); i++) {
                chain[i + 1] = caChain.get(i);
            }
            serverStore.setKeyEntry(ALIAS, keys.getPrivate(), password, chain);
            KeyStore trustStore = emptyStore();
            for (X509Certificate ca : caChain) {
                trustStore.setCertificateEntry(ca.getSubjectX500Principal().getName(), ca);
            }
            PrivateFiles.writeAtomically(trust, encode(trustStore));
            PrivateFiles.writeAtomically(server, encode(serverStore));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the HTTPS key stores beside " + server, e);
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private byte[] encode(KeyStore store) throws GeneralSecurityException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }
}

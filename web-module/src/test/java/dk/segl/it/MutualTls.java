package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.est.ESTService;
import org.bouncycastle.est.EnrollmentResponse;
import org.bouncycastle.est.jcajce.JcaJceUtils;
import org.bouncycastle.est.jcajce.JsseESTServiceBuilder;

/**
 * Talking to Segl's HTTPS listener as its clients do: trusting Segl's root only, presenting a
 * client key (an IdM system's, a holder's) or none; and the IdM system's key with its system
 * certificate, issued by the organisation administrator.
 */
final class MutualTls {

    static final int PORT = Integer.getInteger("it.https.port", 8643);
    static final URI HTTPS = URI.create("https://localhost:" + PORT);

    static {
        // Bouncy Castle's EST client reads certificates with its own provider, by name.
        if (java.security.Security.getProvider("BC") == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
    }

    private final Api anonymous;
    private final X509Certificate root;

    MutualTls(Api anonymous) {
        this.anonymous = anonymous;
        this.root = Certificates.certificate(anonymous.get("/ca/root.cer").body());
    }

    X509Certificate root() {
        return root;
    }

    /** The API over HTTPS, presenting the client key if there is one. */
    Api https(KeyStore clientKey) throws Exception {
        return Api.https(HTTPS, context(clientKey));
    }

    /** Bouncy Castle's EST client, presenting the client key if there is one. */
    ESTService est(KeyStore clientKey) throws Exception {
        JsseESTServiceBuilder builder = new JsseESTServiceBuilder(HTTPS.getAuthority(),
                JcaJceUtils.getCertPathTrustManager(Set.of(new TrustAnchor(root, null)), null));
        if (clientKey != null) {
            builder.withKeyManagers(keyManagers(clientKey).getKeyManagers());
        }
        return builder.build();
    }

    /** The one certificate an EST enrolment answered. */
    static X509Certificate only(EnrollmentResponse enrolled) throws Exception {
        var holders = enrolled.getStore().getMatches(null);
        assertEquals(1, holders.size());
        return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) holders.iterator().next());
    }

    /** Trusts Segl's root only; presents the client key if there is one. */
    SSLContext context(KeyStore clientKey) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("segl-root", root);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(clientKey == null ? null : keyManagers(clientKey).getKeyManagers(), trustManagers.getTrustManagers(),
                new SecureRandom());
        return context;
    }

    /** A holder's key with the certificate Segl's issuing CA gave it, and the chain up to the root. */
    KeyStore keyStore(KeyPair key, X509Certificate certificate) throws Exception {
        X509Certificate issuing = Certificates.certificate(anonymous.get("/ca/issuing.cer").body());
        return keyStore(key, new Certificate[] {certificate, issuing, root});
    }

    /** The IdM system's key and its system certificate, issued by the organisation administrator. */
    KeyStore systemCertificate(Fixtures.Organisation organisation, Fixtures.User system) throws Exception {
        KeyPair key = Csrs.ec("secp256r1");
        ApiResponse issued = organisation.admin().postBytes(systemCertificates(organisation, system), Csrs.der(key),
                "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        return keyStore(key, Certificates.chain(issued.body()).toArray(Certificate[]::new));
    }

    static String systemCertificates(Fixtures.Organisation organisation, Fixtures.User system) {
        return organisation.users() + "/" + system.id() + "/system-certificates";
    }

    private static KeyStore keyStore(KeyPair key, Certificate[] chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("client", key.getPrivate(), new char[0], chain);
        return store;
    }

    private static KeyManagerFactory keyManagers(KeyStore clientKey) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(clientKey, new char[0]);
        return keys;
    }
}

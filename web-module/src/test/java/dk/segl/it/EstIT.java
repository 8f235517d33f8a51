package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.est.ESTService;
import org.bouncycastle.est.EnrollmentResponse;
import org.bouncycastle.est.HttpAuth;
import org.bouncycastle.est.jcajce.JcaJceUtils;
import org.bouncycastle.est.jcajce.JsseESTServiceBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EST over HTTPS against the deployed segl.war: Bouncy Castle's EST client fetches the CA
 * certificates and enrols with HTTP Basic and with an IdM system's TLS client certificate; the
 * refusals are answered as EST clients and people can read them.
 */
class EstIT extends SeglIT {

    private static final int HTTPS_PORT = Integer.getInteger("it.https.port", 8643);
    private static final URI HTTPS = URI.create("https://localhost:" + HTTPS_PORT);

    static {
        // Bouncy Castle's EST client reads certificates with its own provider, by name.
        if (java.security.Security.getProvider("BC") == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
    }

    private X509Certificate root;
    private Fixtures.Organisation organisation;
    private Fixtures.User idm;

    @BeforeEach
    void organisationWithIdmSystem() {
        root = Certificates.certificate(anonymous.get("/ca/root.cer").body());
        organisation = fixtures.organisation();
        idm = fixtures.user(organisation, "Ida Em System", "IDM_SYSTEM");
    }

    @Test
    void cacertsNeedsNoLoginAndAnswersTheChainAsCertsOnlyPkcs7() throws Exception {
        ApiResponse answer = https(null).get("/.well-known/est/cacerts");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("application/pkcs7-mime; smime-type=certs-only", answer.contentType());

        var certificates = est(null).getCACerts().getCertificateStore().getMatches(null);
        assertEquals(2, certificates.size());
        assertTrue(certificates.stream().anyMatch(c -> c.getSubject().equals(X500Name.getInstance(
                root.getSubjectX500Principal().getEncoded()))));
        assertEquals(200, https(null).get("/.well-known/est/segl/cacerts").status());
    }

    @Test
    void theServerCertificateIsIssuedBySeglForLocalhost() throws Exception {
        SSLContext tls = tls(null);
        try (var socket = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket("localhost", HTTPS_PORT)) {
            socket.startHandshake();
            X509Certificate server = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            assertTrue(server.getSubjectX500Principal().getName().contains("CN=localhost"));
            assertTrue(server.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"));
        }
    }

    @Test
    void anIdmSystemEnrolsAUserWithHttpBasic() throws Exception {
        Fixtures.User user = apiOrderedUser();
        KeyPair key = Csrs.ec("secp256r1");
        EnrollmentResponse enrolled = est(null).simpleEnroll(false, csr(user.id(), key), idmLogin());

        X509Certificate certificate = only(enrolled);
        assertArrayEquals(key.getPublic().getEncoded(), certificate.getPublicKey().getEncoded());
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=" + user.name()));
        var listed = organisation.admin().get(organisation.certificates(user)).items().getJsonObject(0);
        assertEquals("ISSUED", listed.getString("status"));
        assertEquals("EST", listed.getString("issuanceMethod"));
    }

    @Test
    void anIdmSystemEnrolsWithItsSystemCertificate() throws Exception {
        KeyStore systemKey = systemCertificate();
        Fixtures.User user = apiOrderedUser();
        EnrollmentResponse enrolled = est(systemKey).simpleEnroll(false, csr(user.id(), Csrs.ec("secp256r1")), null);
        X500Name subject = X500Name.getInstance(only(enrolled).getSubjectX500Principal().getEncoded());
        assertTrue(subject.toString().contains("SERIALNUMBER=UI:DK-E:G:" + user.id()), subject::toString);
    }

    @Test
    void aSystemCertificateIsForClientAuthenticationOnlyAndListed() {
        KeyPair key = Csrs.ec("secp256r1");
        ApiResponse issued = organisation.admin().postBytes(systemCertificates(), Csrs.der(key),
                "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        X509Certificate certificate = Certificates.chain(issued.body()).get(0);
        try {
            assertEquals(List.of("1.3.6.1.5.5.7.3.2"), certificate.getExtendedKeyUsage());
            assertEquals(null, certificate.getSubjectAlternativeNames());
        } catch (java.security.cert.CertificateParsingException e) {
            throw new AssertionError(e);
        }
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=" + idm.name()));
        var listed = organisation.admin().get(systemCertificates()).json().getJsonArray("items");
        assertEquals(1, listed.size());
        assertEquals("ISSUED", listed.getJsonObject(0).getString("status"));
    }

    @Test
    void refusals() throws Exception {
        Fixtures.User user = apiOrderedUser();
        Api basic = https(null).as(idm.login(), Fixtures.PASSWORD);
        String good = base64(csr(user.id(), Csrs.ec("secp256r1")).getEncoded());

        ApiResponse noLogin = enroll(https(null), good);
        assertEquals(401, noLogin.status());
        assertTrue(noLogin.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        enroll(https(null).as(idm.login(), "wrong password 1"), good).assertRefused(401, "login-failed");

        enroll(basic, "not base64 !!").assertRefused(400, "est-base64");
        enroll(basic, "A".repeat(300_000)).assertRefused(413, "csr-too-large");
        https(null).get("/.well-known/est/simpleenroll").assertRefused(405, "method-not-allowed");
        https(null).get("/.well-known/est/nothing").assertRefused(404, "not-found");
        enroll(basic, base64(Csrs.tampered(Csrs.ec("secp256r1")))).assertRefused(400, "csr-signature-invalid");
        enroll(basic, base64(Csrs.der(Csrs.ec("secp256r1")))).assertRefused(400, "csr-holder-missing");

        Fixtures.Organisation other = fixtures.organisation();
        Fixtures.User stranger = fixtures.user(other, "Stranger Danger");
        enroll(basic, base64(csr(stranger.id(), Csrs.ec("secp256r1")).getEncoded()))
                .assertRefused(403, "est-user-not-in-organisation");
        Fixtures.User unordered = fixtures.user(organisation, "No Order");
        enroll(basic, base64(csr(unordered.id(), Csrs.ec("secp256r1")).getEncoded()))
                .assertRefused(403, "est-no-pending-order");

        anonymous.postBytes("/.well-known/est/simpleenroll", good.getBytes(StandardCharsets.US_ASCII),
                "Content-Type", "application/pkcs10").assertRefused(403, "est-https-required");

        // With line breaks, as most EST clients send it, the same CSR enrols.
        String wrapped = good.replaceAll("(.{64})", "$1\r\n");
        ApiResponse enrolled = enroll(basic, wrapped);
        assertEquals(200, enrolled.status(), enrolled::toString);
        enroll(basic, good).assertRefused(403, "est-no-pending-order");
    }

    @Test
    void aRevokedSystemCertificateNoLongerAuthenticates() throws Exception {
        KeyStore systemKey = systemCertificate();
        String serial = organisation.admin().get(systemCertificates()).json().getJsonArray("items")
                .getJsonObject(0).getString("serialNumber");
        ApiResponse revoked = organisation.admin().post(systemCertificates() + "/" + serial + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().getString("status"));

        Fixtures.User user = apiOrderedUser();
        enroll(Api.https(HTTPS, tls(systemKey)), base64(csr(user.id(), Csrs.ec("secp256r1")).getEncoded()))
                .assertRefused(401, "system-certificate-invalid");
    }

    /** The README's curl and openssl commands for cacerts, csrattrs and simpleenroll, as they stand there. */
    @Test
    void theReadmeRecipeEnrolsWithCurlAndOpenssl() throws Exception {
        Fixtures.User user = apiOrderedUser();
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        int marker = readme.indexOf("<!-- est-recipe -->");
        int start = readme.indexOf("```sh\n", marker) + "```sh\n".length();
        String recipe = readme.substring(start, readme.indexOf("```", start));
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("est-recipe");
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", recipe)
                .directory(folder.toFile()).redirectErrorStream(true);
        bash.environment().putAll(java.util.Map.of("B", base.toString().replaceAll("/$", ""), "S", HTTPS.toString(),
                "IDM", idm.login() + ":" + Fixtures.PASSWORD, "USER_ID", user.id()));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("user.pem: OK"), output);
        assertTrue(output.contains("UI:DK-E:G:" + user.id()), output);
        assertTrue(output.contains("TLS Web Client Authentication"), output);
    }

    @Test
    void theHolderReenrolsWithItsOwnCertificateAndANewKeyAndTheOldOneStaysValid() throws Exception {
        Fixtures.User user = apiOrderedUser();
        KeyPair first = Csrs.ec("secp256r1");
        X509Certificate current = only(est(null).simpleEnroll(false, csr(user.id(), first), idmLogin()));
        KeyStore holder = keyStore(first, current);

        X509Certificate renewed = only(est(holder).simpleEnroll(true, csr(user.id(), Csrs.ec("secp256r1")), null));
        assertEquals(current.getSubjectX500Principal(), renewed.getSubjectX500Principal());
        var lines = organisation.admin().get(organisation.certificates(user)).items();
        assertEquals(2, lines.size(), lines::toString);
        var renewal = lines.stream().map(v -> v.asJsonObject()).filter(l -> l.containsKey("renews")).findFirst().orElseThrow();
        assertEquals(renewed.getSerialNumber().toString(16), renewal.getString("serialNumber").toLowerCase().replaceFirst("^0+", ""));
        assertTrue(lines.stream().map(v -> v.asJsonObject()).allMatch(l -> l.getString("status").equals("ISSUED")));

        // The IdM system renews the newest one for the user its CSR names.
        X509Certificate third = only(est(null).simpleEnroll(true, csr(user.id(), Csrs.ec("secp256r1")), idmLogin()));
        assertEquals(current.getSubjectX500Principal(), third.getSubjectX500Principal());
    }

    @Test
    void reenrolmentRefusesTheSameKeyAndARevokedCertificate() throws Exception {
        Fixtures.User user = apiOrderedUser();
        KeyPair first = Csrs.ec("secp256r1");
        X509Certificate current = only(est(null).simpleEnroll(false, csr(user.id(), first), idmLogin()));
        Api holder = Api.https(HTTPS, tls(keyStore(first, current)));
        reenroll(holder, base64(csr(user.id(), first).getEncoded())).assertRefused(400, "est-same-key");

        String id = organisation.admin().get(organisation.certificates(user)).items().getJsonObject(0).getString("id");
        ApiResponse revoked = organisation.admin().post(organisation.certificates(user) + "/" + id + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);
        String fresh = base64(csr(user.id(), Csrs.ec("secp256r1")).getEncoded());
        reenroll(holder, fresh).assertRefused(401, "est-certificate-not-current");
        reenroll(https(null).as(idm.login(), Fixtures.PASSWORD), fresh).assertRefused(403, "est-no-current-certificate");
    }

    @Test
    void serverkeygenAnswersTheKeySeglMadeWithItsCertificate() throws Exception {
        Fixtures.User user = apiOrderedUser();
        ApiResponse answer = https(null).as(idm.login(), Fixtures.PASSWORD).postRaw("/.well-known/est/serverkeygen",
                base64(csr(user.id(), Csrs.ec("secp256r1")).getEncoded()), "Content-Type", "application/pkcs10");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        String type = answer.contentType();
        assertTrue(type.startsWith("multipart/mixed; boundary="), type);
        String[] parts = answer.text().split("--" + java.util.regex.Pattern.quote(type.substring(type.indexOf('=') + 1)));
        assertTrue(parts[1].contains("Content-Type: application/pkcs8"), parts[1]);
        assertTrue(parts[2].contains("Content-Type: application/pkcs7-mime; smime-type=certs-only"), parts[2]);

        var key = (java.security.interfaces.RSAPrivateCrtKey) java.security.KeyFactory.getInstance("RSA")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(partBody(parts[1])));
        var certificates = new org.bouncycastle.cms.CMSSignedData(partBody(parts[2])).getCertificates().getMatches(null);
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate((X509CertificateHolder) certificates.iterator().next());
        assertEquals(key.getModulus(), ((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus());
        assertEquals(3072, key.getModulus().bitLength());
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        assertTrue(subject.toString().contains("SERIALNUMBER=UI:DK-E:G:" + user.id()), subject::toString);
    }

    /** The base64 body of one part of a multipart answer, after its headers. */
    private static byte[] partBody(String part) {
        return Base64.getMimeDecoder().decode(part.substring(part.indexOf("\r\n\r\n") + 4).strip());
    }

    private ApiResponse reenroll(Api api, String body) {
        return api.postRaw("/.well-known/est/simplereenroll", body, "Content-Type", "application/pkcs10");
    }

    private HttpAuth idmLogin() {
        return new HttpAuth(idm.login(), Fixtures.PASSWORD.toCharArray());
    }

    private KeyStore keyStore(KeyPair key, X509Certificate certificate) throws Exception {
        X509Certificate issuing = Certificates.certificate(anonymous.get("/ca/issuing.cer").body());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("holder", key.getPrivate(), new char[0], new Certificate[] {certificate, issuing, root});
        return store;
    }

    private ApiResponse enroll(Api api, String body) {
        return api.postRaw("/.well-known/est/simpleenroll", body, "Content-Type", "application/pkcs10");
    }

    private String systemCertificates() {
        return organisation.users() + "/" + idm.id() + "/system-certificates";
    }

    /** A user whose administrator ordered a certificate identified via API, for EST. */
    private Fixtures.User apiOrderedUser() {
        Fixtures.User user = fixtures.user(organisation, "Api User");
        ApiResponse ordered = organisation.admin().post(organisation.certificates(user), Fixtures.order("API", "EST", false));
        assertEquals(201, ordered.status(), ordered::toString);
        return user;
    }

    /** The IdM system's key and its system certificate, issued by the organisation administrator. */
    private KeyStore systemCertificate() throws Exception {
        KeyPair key = Csrs.ec("secp256r1");
        ApiResponse issued = organisation.admin().postBytes(systemCertificates(), Csrs.der(key),
                "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("idm", key.getPrivate(), new char[0],
                Certificates.chain(issued.body()).toArray(Certificate[]::new));
        return store;
    }

    private static PKCS10CertificationRequest csr(String userId, KeyPair key) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("SERIALNUMBER=UI:DK-E:G:" + userId + ",CN=whatever"),
                key.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()));
    }

    private static X509Certificate only(EnrollmentResponse enrolled) throws Exception {
        var holders = enrolled.getStore().getMatches(null);
        assertEquals(1, holders.size());
        return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) holders.iterator().next());
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    private Api https(KeyStore clientKey) throws Exception {
        return Api.https(HTTPS, tls(clientKey));
    }

    private ESTService est(KeyStore clientKey) throws Exception {
        JsseESTServiceBuilder builder = new JsseESTServiceBuilder(HTTPS.getAuthority(),
                JcaJceUtils.getCertPathTrustManager(Set.of(new TrustAnchor(root, null)), null));
        if (clientKey != null) {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(clientKey, new char[0]);
            builder.withKeyManagers(keys.getKeyManagers());
        }
        return builder.build();
    }

    /** Trusts Segl's root only; presents the client key if there is one. */
    private SSLContext tls(KeyStore clientKey) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("segl-root", root);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(clientKey, new char[0]);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(clientKey == null ? null : keys.getKeyManagers(), trustManagers.getTrustManagers(), new SecureRandom());
        return context;
    }
}

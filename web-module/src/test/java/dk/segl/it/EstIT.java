package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.est.EnrollmentResponse;
import org.bouncycastle.est.HttpAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * EST over HTTPS against the deployed segl.war: Bouncy Castle's EST client fetches the CA
 * certificates and enrols with HTTP Basic and with an IdM system's TLS client certificate; the
 * refusals are answered as EST clients and people can read them.
 */
class EstIT extends SeglIT {

    private MutualTls tls;
    private X509Certificate root;
    private Fixtures.Organisation organisation;
    private Fixtures.User idm;

    @BeforeEach
    void organisationWithIdmSystem() {
        tls = new MutualTls(anonymous);
        root = tls.root();
        organisation = fixtures.organisation();
        idm = fixtures.user(organisation, "Ida Em System", "IDM_SYSTEM");
    }

    @Test
    void cacertsNeedsNoLoginAndAnswersTheChainAsCertsOnlyPkcs7() throws Exception {
        ApiResponse answer = tls.https(null).get("/.well-known/est/cacerts");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("application/pkcs7-mime; smime-type=certs-only", answer.contentType());

        var certificates = tls.est(null).getCACerts().getCertificateStore().getMatches(null);
        assertEquals(2, certificates.size());
        assertTrue(certificates.stream().anyMatch(c -> c.getSubject().equals(X500Name.getInstance(
                root.getSubjectX500Principal().getEncoded()))));
        assertEquals(200, tls.https(null).get("/.well-known/est/segl/cacerts").status());
    }

    @Test
    void theServerCertificateIsIssuedBySeglForLocalhost() throws Exception {
        SSLContext context = tls.context(null);
        try (var socket = (javax.net.ssl.SSLSocket) context.getSocketFactory().createSocket("localhost", MutualTls.PORT)) {
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
        EnrollmentResponse enrolled = tls.est(null).simpleEnroll(false, Csrs.naming(user.id(), key), idmLogin());

        X509Certificate certificate = MutualTls.only(enrolled);
        assertArrayEquals(key.getPublic().getEncoded(), certificate.getPublicKey().getEncoded());
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=" + user.name()));
        var listed = organisation.admin().get(organisation.certificates(user)).items().getJsonObject(0);
        assertEquals("ISSUED", listed.getString("status"));
        assertEquals("EST", listed.getString("issuanceMethod"));
    }

    @Test
    void anIdmSystemEnrolsWithItsSystemCertificate() throws Exception {
        KeyStore systemKey = tls.systemCertificate(organisation, idm);
        Fixtures.User user = apiOrderedUser();
        EnrollmentResponse enrolled = tls.est(systemKey).simpleEnroll(false, Csrs.naming(user.id(), Csrs.ec("secp256r1")), null);
        X500Name subject = X500Name.getInstance(MutualTls.only(enrolled).getSubjectX500Principal().getEncoded());
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
        Api basic = tls.https(null).as(idm.login(), Fixtures.PASSWORD);
        String good = base64(Csrs.naming(user.id(), Csrs.ec("secp256r1")).getEncoded());

        ApiResponse noLogin = enroll(tls.https(null), good);
        assertEquals(401, noLogin.status());
        assertTrue(noLogin.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        enroll(tls.https(null).as(idm.login(), "wrong password 1"), good).assertRefused(401, "login-failed");

        enroll(basic, "not base64 !!").assertRefused(400, "est-base64");
        enroll(basic, "A".repeat(300_000)).assertRefused(413, "csr-too-large");
        tls.https(null).get("/.well-known/est/simpleenroll").assertRefused(405, "method-not-allowed");
        tls.https(null).get("/.well-known/est/nothing").assertRefused(404, "not-found");
        enroll(basic, base64(Csrs.tampered(Csrs.ec("secp256r1")))).assertRefused(400, "csr-signature-invalid");
        enroll(basic, base64(Csrs.der(Csrs.ec("secp256r1")))).assertRefused(400, "csr-holder-missing");

        Fixtures.Organisation other = fixtures.organisation();
        Fixtures.User stranger = fixtures.user(other, "Stranger Danger");
        enroll(basic, base64(Csrs.naming(stranger.id(), Csrs.ec("secp256r1")).getEncoded()))
                .assertRefused(403, "est-user-not-in-organisation");
        Fixtures.User unordered = fixtures.user(organisation, "No Order");
        enroll(basic, base64(Csrs.naming(unordered.id(), Csrs.ec("secp256r1")).getEncoded()))
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
        KeyStore systemKey = tls.systemCertificate(organisation, idm);
        String serial = organisation.admin().get(systemCertificates()).json().getJsonArray("items")
                .getJsonObject(0).getString("serialNumber");
        ApiResponse revoked = organisation.admin().post(systemCertificates() + "/" + serial + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().getString("status"));

        Fixtures.User user = apiOrderedUser();
        enroll(tls.https(systemKey), base64(Csrs.naming(user.id(), Csrs.ec("secp256r1")).getEncoded()))
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
        bash.environment().putAll(java.util.Map.of("B", base.toString().replaceAll("/$", ""), "S", MutualTls.HTTPS.toString(),
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
        X509Certificate current = MutualTls.only(tls.est(null).simpleEnroll(false, Csrs.naming(user.id(), first), idmLogin()));
        KeyStore holder = tls.keyStore(first, current);

        X509Certificate renewed = MutualTls.only(tls.est(holder).simpleEnroll(true, Csrs.naming(user.id(), Csrs.ec("secp256r1")), null));
        assertEquals(current.getSubjectX500Principal(), renewed.getSubjectX500Principal());
        var lines = organisation.admin().get(organisation.certificates(user)).items();
        assertEquals(2, lines.size(), lines::toString);
        var renewal = lines.stream().map(v -> v.asJsonObject()).filter(l -> l.containsKey("renews")).findFirst().orElseThrow();
        assertEquals(renewed.getSerialNumber().toString(16), renewal.getString("serialNumber").toLowerCase().replaceFirst("^0+", ""));
        assertTrue(lines.stream().map(v -> v.asJsonObject()).allMatch(l -> l.getString("status").equals("ISSUED")));

        // The IdM system renews the newest one for the user its CSR names.
        X509Certificate third = MutualTls.only(tls.est(null).simpleEnroll(true, Csrs.naming(user.id(), Csrs.ec("secp256r1")), idmLogin()));
        assertEquals(current.getSubjectX500Principal(), third.getSubjectX500Principal());
    }

    @Test
    void reenrolmentRefusesTheSameKey() throws Exception {
        Fixtures.User user = apiOrderedUser();
        KeyPair first = Csrs.ec("secp256r1");
        X509Certificate current = MutualTls.only(tls.est(null).simpleEnroll(false, Csrs.naming(user.id(), first), idmLogin()));
        reenroll(tls.https(tls.keyStore(first, current)), base64(Csrs.naming(user.id(), first).getEncoded()))
                .assertRefused(400, "est-same-key");
    }

    /** How a user's only certificate stops being current. */
    enum Ending {
        /** The administrator revokes it. */
        REVOKED,
        /** Its notAfter has passed (moved into the past in the database: no test can wait three years). */
        EXPIRED
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void reenrolmentRefusesACertificateThatIsNoLongerCurrent(Ending ending) throws Exception {
        Fixtures.User user = apiOrderedUser();
        KeyPair first = Csrs.ec("secp256r1");
        X509Certificate current = MutualTls.only(tls.est(null).simpleEnroll(false, Csrs.naming(user.id(), first), idmLogin()));
        switch (ending) {
            case REVOKED -> {
                String id = organisation.admin().get(organisation.certificates(user)).items().getJsonObject(0).getString("id");
                ApiResponse revoked = organisation.admin().post(organisation.certificates(user) + "/" + id + "/revoke",
                        Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
                assertEquals(200, revoked.status(), revoked::toString);
            }
            case EXPIRED -> assertEquals(1, Database.update("UPDATE certificate SET not_after = not_before WHERE serial_number = ?",
                    String.format("%040X", current.getSerialNumber())));
        }
        // The certificate itself is still valid for the TLS handshake; Segl's record says it has ended.
        String fresh = base64(Csrs.naming(user.id(), Csrs.ec("secp256r1")).getEncoded());
        reenroll(tls.https(tls.keyStore(first, current)), fresh).assertRefused(401, "est-certificate-not-current");
        reenroll(tls.https(null).as(idm.login(), Fixtures.PASSWORD), fresh).assertRefused(403, "est-no-current-certificate");
    }

    @Test
    void serverkeygenAnswersTheKeySeglMadeWithItsCertificate() throws Exception {
        Fixtures.User user = apiOrderedUser();
        ApiResponse answer = tls.https(null).as(idm.login(), Fixtures.PASSWORD).postRaw("/.well-known/est/serverkeygen",
                base64(Csrs.naming(user.id(), Csrs.ec("secp256r1")).getEncoded()), "Content-Type", "application/pkcs10");
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

    private ApiResponse enroll(Api api, String body) {
        return api.postRaw("/.well-known/est/simpleenroll", body, "Content-Type", "application/pkcs10");
    }

    private String systemCertificates() {
        return MutualTls.systemCertificates(organisation, idm);
    }

    /** A user whose administrator ordered a certificate identified via API, for EST. */
    private Fixtures.User apiOrderedUser() {
        Fixtures.User user = fixtures.user(organisation, "Api User");
        ApiResponse ordered = organisation.admin().post(organisation.certificates(user), Fixtures.order("API", "EST", false));
        assertEquals(201, ordered.status(), ordered::toString);
        return user;
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}

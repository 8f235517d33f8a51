package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

/**
 * The whole path of the seed, over HTTP and SMTP: order, the email link, issue (hardware and
 * browser), the certificate parsed back, revoke, the CRL listing it with its reason, and the
 * revocation email. Runs on H2 and on PostgreSQL.
 */
class CertificateLifecycleIT extends SeglIT {


    @Test
    void hardwareCertificateIsIssuedFromACsrRevokedAndListedOnTheCrl() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Hanne Hardware");
        String certificates = org.users() + "/" + user.id() + "/certificates";

        ApiResponse ordered = org.admin().post(certificates, order("USER_LOGIN", "HARDWARE", true));
        assertEquals(201, ordered.status(), ordered::toString);
        assertEquals("PENDING", ordered.json().getString("status"));
        String id = ordered.json().getString("id");

        var link = Mailboxes.awaitMail(mail, user.email(), id);
        assertTrue(link.body().contains("/issue?order=" + id + "&token="), link.body());
        String token = link.value("Issuance token");

        KeyPair keys = Csrs.rsa(3072);
        ApiResponse issued = user.api().postRaw("/api/v1/me/certificates/" + id + "/issue?token=" + token,
                Csrs.pem(keys), "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        assertEquals("application/pem-certificate-chain", issued.contentType());
        List<X509Certificate> chain = Certificates.chain(issued.body());
        assertEquals(3, chain.size());
        X509Certificate certificate = chain.get(0);
        assertEquals(keys.getPublic(), certificate.getPublicKey());

        X509Certificate root = Certificates.certificate(anonymous.get("/ca/root.cer").body());
        X509Certificate issuing = Certificates.certificate(anonymous.get("/ca/issuing.cer").body());
        issuing.verify(root.getPublicKey());
        certificate.verify(issuing.getPublicKey());
        assertEquals(issuing, chain.get(1));
        assertEquals(root, chain.get(2));

        assertProfile(certificate, org.cvr(), "IT Organisation " + org.cvr(), user);

        ApiResponse listed = org.admin().get(certificates);
        assertEquals("ISSUED", listed.items().getJsonObject(0).getString("status"));
        assertEquals(String.format("%040X", certificate.getSerialNumber()),
                listed.items().getJsonObject(0).getString("serialNumber"));

        ApiResponse revoked = org.admin().post(certificates + "/" + id + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().getString("status"));
        assertEquals("KEY_COMPROMISE", revoked.json().getString("revocationReason"));

        X509CRL crl = await().atMost(Duration.ofSeconds(30)).until(
                () -> Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body()),
                c -> c.getRevokedCertificate(certificate.getSerialNumber()) != null);
        crl.verify(issuing.getPublicKey());
        assertEquals(CRLReason.KEY_COMPROMISE,
                crl.getRevokedCertificate(certificate.getSerialNumber()).getRevocationReason());
        assertNotNull(crl.getNextUpdate());
        assertTrue(crl.getNextUpdate().after(crl.getThisUpdate()));

        var notice = Mailboxes.awaitMail(mail, user.email(), "has been revoked");
        assertTrue(notice.body().contains(String.format("%040X", certificate.getSerialNumber())), notice.body());
        assertTrue(notice.body().contains("suspicion of misuse"), notice.body());
    }

    @Test
    void browserCertificateComesAsAPkcs12WithItsPasswordOnce() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Birgit Browser");
        String id = org.admin().post(org.users() + "/" + user.id() + "/certificates",
                order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");

        ApiResponse issued = user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token, new byte[0]);
        assertEquals(200, issued.status(), issued::toString);
        byte[] pkcs12 = Base64.getDecoder().decode(issued.json().getString("pkcs12"));
        String password = issued.json().getString("password");

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(pkcs12), password.toCharArray());
        String alias = store.aliases().nextElement();
        X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
        assertEquals(3, store.getCertificateChain(alias).length);
        assertEquals(3072, ((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        assertNotNull(store.getKey(alias, password.toCharArray()));
        assertProfile(certificate, org.cvr(), "IT Organisation " + org.cvr(), user);
        assertOpensslReads(pkcs12, password);

        ApiResponse again = user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token, new byte[0]);
        assertEquals(409, again.status(), again::toString);
        assertEquals("order-not-pending", again.rule());

        ApiResponse mine = user.api().get("/api/v1/me/certificates");
        assertEquals("ISSUED", mine.items().getJsonObject(0).getString("status"));
    }

    @Test
    void certificateComesAsDerOrPkcs7ByAccept() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Dorte Der");
        String certificates = org.users() + "/" + user.id() + "/certificates";
        for (String accept : List.of("application/pkix-cert", "application/pkcs7-mime")) {
            String id = org.admin().post(certificates, order("USER_LOGIN", "HARDWARE", false)).json().getString("id");
            String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
            KeyPair keys = Csrs.ec("secp256r1");
            ApiResponse issued = user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token,
                    Csrs.der(keys), "Content-Type", "application/pkcs10", "Accept", accept);
            assertEquals(200, issued.status(), issued::toString);
            assertTrue(issued.contentType().startsWith(accept), issued.contentType());
            X509Certificate certificate = Certificates.chain(issued.body()).get(0);
            assertEquals(keys.getPublic(), certificate.getPublicKey());
            assertFalse(certificate.getKeyUsage()[2], "no keyEncipherment for an EC key");
        }
    }

    @Test
    void crlsAreServedWithConditionalGetAndTheDeltaIsReplacedWithEachRevocation() {
        ApiResponse first = anonymous.get("/crl/issuing.crl");
        assertEquals(200, first.status());
        assertEquals("application/pkix-crl", first.contentType());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.get("/crl/issuing.crl", "If-None-Match", etag).status());
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, anonymous.get("/crl/issuing.crl", "If-Modified-Since", lastModified).status());

        ApiResponse delta = anonymous.get("/crl/issuing-delta.crl");
        String deltaEtag = delta.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.get("/crl/issuing-delta.crl", "If-None-Match", deltaEtag).status());
        BigInteger before = crlNumber(Certificates.crl(delta.body()));
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Rasmus Revoked");
        String certificates = org.users() + "/" + user.id() + "/certificates";
        String id = org.admin().post(certificates, order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        assertEquals(200, user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token,
                new byte[0]).status());
        assertEquals(200, org.admin().post(certificates + "/" + id + "/revoke",
                Json.createObjectBuilder().add("reason", "AFFILIATION_CHANGED").build()).status());

        ApiResponse after = anonymous.get("/crl/issuing-delta.crl", "If-None-Match", deltaEtag);
        assertEquals(200, after.status(), "a revocation replaces the delta before its call answers");
        assertTrue(crlNumber(Certificates.crl(after.body())).compareTo(before) > 0);
        assertFalse(after.headers().firstValue("ETag").orElseThrow().equals(deltaEtag));

        X509CRL root = Certificates.crl(anonymous.get("/crl/root.crl").body());
        assertEquals("CN=Segl Root CA,O=Segl,C=DK", root.getIssuerX500Principal().getName());
        assertNull(root.getRevokedCertificates());
    }

    /** SMTP down: ordering and deleting still work; SMTP back: every mail arrives exactly once. */
    @Test
    void mailWrittenDuringAnSmtpOutageIsDeliveredOnceWhenItReturns() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Otto Outage");
        String certificates = org.users() + "/" + user.id() + "/certificates";
        mail.stop();
        try {
            ApiResponse first = org.admin().post(certificates, order("USER_LOGIN", "BROWSER", false));
            ApiResponse second = org.admin().post(certificates, order("USER_LOGIN", "HARDWARE", false));
            assertEquals(201, first.status(), first::toString);
            assertEquals(201, second.status(), second::toString);
            String firstId = first.json().getString("id");
            String secondId = second.json().getString("id");
            assertEquals(204, org.admin().delete(certificates + "/" + secondId).status());

            // The outage itself: long enough that the worker (every 3 s) tries and fails at least once.
            await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
            mail.start();
            Mailboxes.awaitMail(mail, user.email(), firstId);
            Mailboxes.awaitMail(mail, user.email(), secondId);
            await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15)).until(() ->
                    Mailboxes.to(mail, user.email(), firstId).size() == 1
                            && Mailboxes.to(mail, user.email(), secondId).size() == 1);
        } finally {
            if (!mail.isRunning()) {
                mail.start();
            }
        }
    }

    @Test
    void healthIsReadyWithDatabaseAndCaKeys() {
        ApiResponse health = anonymous.get("/health/ready");
        assertEquals(200, health.status(), health::toString);
        assertTrue(health.text().contains("\"caKeys\""), health.text());
        assertTrue(health.text().contains("\"UP\""), health.text());
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] extension = crl.getExtensionValue("2.5.29.20");
        return org.bouncycastle.asn1.ASN1Integer.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(extension).getOctets()).getValue();
    }

    /** DESIGN §3: subject order and string types, SAN, key usage, EKU, basic constraints, validity, serial. */
    static void assertProfile(X509Certificate certificate, String cvr, String organisation, Fixtures.User user)
            throws Exception {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = subject.getRDNs();
        assertEquals(5, rdns.length);
        assertRdn(rdns[0], "2.5.4.6", "DK", DERPrintableString.class);
        assertRdn(rdns[1], "2.5.4.97", "NTRDK-" + cvr, DERUTF8String.class);
        assertRdn(rdns[2], "2.5.4.10", organisation, DERUTF8String.class);
        String userId = user.id();
        assertRdn(rdns[3], "2.5.4.5", "UI:DK-E:G:" + userId, DERPrintableString.class);
        assertRdn(rdns[4], "2.5.4.3", user.name(), DERUTF8String.class);

        assertEquals(List.of(List.of(1, user.email())), certificate.getSubjectAlternativeNames().stream()
                .map(l -> List.copyOf(l)).toList());
        assertTrue(certificate.getCriticalExtensionOIDs().contains("2.5.29.15"), "key usage is critical");
        assertTrue(certificate.getKeyUsage()[0], "digitalSignature");
        assertEquals(List.of("1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.4"), certificate.getExtendedKeyUsage());
        assertEquals(-1, certificate.getBasicConstraints());
        assertTrue(certificate.getCriticalExtensionOIDs().contains("2.5.29.19"), "basic constraints is critical");
        assertNotNull(certificate.getExtensionValue("2.5.29.35"), "AKI");
        assertNotNull(certificate.getExtensionValue("2.5.29.14"), "SKI");
        assertNotNull(certificate.getExtensionValue("2.5.29.32"), "certificate policies");
        assertNotNull(certificate.getExtensionValue("1.3.6.1.5.5.7.1.1"), "AIA");
        assertNotNull(certificate.getExtensionValue("2.5.29.31"), "CRL distribution points");
        assertEquals(certificate.getNotBefore().toInstant().atZone(ZoneOffset.UTC).plusYears(3).minusSeconds(1)
                .toInstant(), certificate.getNotAfter().toInstant(), "valid 3 years less one second");
        assertTrue(certificate.getSerialNumber().signum() > 0);
        assertTrue(certificate.getSerialNumber().toByteArray().length <= 20);
        assertTrue(certificate.getSerialNumber().bitLength() > 64, "a random serial");
    }

    private static void assertRdn(RDN rdn, String oid, String value, Class<?> stringType) {
        assertEquals(oid, rdn.getFirst().getType().getId());
        ASN1Encodable encoded = rdn.getFirst().getValue();
        ASN1Primitive primitive = encoded.toASN1Primitive();
        assertTrue(stringType.isInstance(primitive), oid + " is " + primitive.getClass().getSimpleName());
        assertEquals(value, primitive.toString());
    }

    private static void assertOpensslReads(byte[] pkcs12, String password) throws Exception {
        Path file = Files.createTempFile("segl-it", ".p12");
        try {
            Files.write(file, pkcs12);
            Process openssl = new ProcessBuilder("openssl", "pkcs12", "-in", file.toString(), "-noout",
                    "-passin", "pass:" + password).redirectErrorStream(true).start();
            String output = new String(openssl.getInputStream().readAllBytes());
            assertEquals(0, openssl.waitFor(), "openssl pkcs12 refused the bundle: " + output);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

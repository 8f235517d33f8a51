package dk.segl.ear;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.segl.it.Api;
import dk.segl.it.ApiResponse;
import dk.segl.it.Certificates;
import dk.segl.it.Csrs;
import dk.segl.it.Fixtures;
import dk.segl.it.Ldap;
import dk.segl.it.Mailboxes;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * segl.ear deployed in a Payara Server domain on PostgreSQL, driven through its real interfaces:
 * the domain listens on 127.0.0.1 only, Segl is ready, the login page answers, and a certificate
 * goes the whole way (order, the mail with the link, issue from a CSR, the directory, revoke, the
 * CRL, the revocation mail).
 */
class SeglOnPayaraServerIT {

    @RegisterExtension
    @Order(1)
    static GreenMailExtension mail = Mailboxes.smtp();

    @RegisterExtension
    @Order(2)
    static PayaraServerDomain domain = new PayaraServerDomain();

    private static final Path SS = Path.of("/usr/bin/ss");

    Api anonymous;
    Fixtures fixtures;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(domain.base());
        fixtures = new Fixtures(anonymous, mail);
    }

    @Test
    void theDomainListensOnLoopbackOnly() throws Exception {
        List<String> addresses = listening(domain.pid());
        List<String> beyondLoopback = addresses.stream()
                .filter(a -> !a.startsWith("127.0.0.1:") && !a.startsWith("[::ffff:127.0.0.1]:"))
                .toList();
        assertEquals(List.of(), beyondLoopback, () -> "Payara Server listens on " + addresses);
        List<Integer> ports = addresses.stream().map(a -> Integer.valueOf(a.substring(a.lastIndexOf(':') + 1))).toList();
        assertTrue(ports.containsAll(List.of(PayaraServerDomain.HTTP_PORT, PayaraServerDomain.ADMIN_PORT, Ldap.PORT)),
                () -> "HTTP, admin and LDAP ports not among " + addresses);
    }

    @Test
    void seglIsReadyAndShowsItsLoginPage() {
        ApiResponse ready = anonymous.get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));

        ApiResponse login = anonymous.get("/login.xhtml");
        assertEquals(200, login.status(), login::toString);
        assertTrue(login.text().contains("type=\"password\""), login::text);
    }

    /** Payara Server also serves /metrics inside Segl's root-context module: the same door as on Micro. */
    @Test
    void onlyTheOperatorReadsTheMetrics() {
        anonymous.get("/metrics").assertRefused(401, "login-required");
        ApiResponse metrics = fixtures.operator().get("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.text().contains("jvm_uptime_seconds"), metrics::text);
    }

    @Test
    void aCertificateFromACsrIsPublishedRevokedAndListedOnTheCrl() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Petra Payara");
        String certificates = org.users() + "/" + user.id() + "/certificates";
        Fixtures.Ordered ordered = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", true));

        KeyPair keys = Csrs.rsa(3072);
        ApiResponse issued = user.api().postRaw("/api/v1/me/certificates/" + ordered.id() + "/issue?token=" + ordered.token(),
                Csrs.pem(keys), "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        X509Certificate certificate = Certificates.chain(issued.body()).get(0);
        assertEquals(keys.getPublic(), certificate.getPublicKey());
        X509Certificate issuing = Certificates.certificate(anonymous.get("/ca/issuing.cer").body());
        certificate.verify(issuing.getPublicKey());

        await().atMost(Duration.ofSeconds(60)).until(() -> Ldap.certificatesByMail(user.email()), List.of(certificate)::equals);

        ApiResponse revoked = org.admin().post(certificates + "/" + ordered.id() + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);
        X509CRL crl = await().atMost(Duration.ofSeconds(60)).until(
                () -> Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body()),
                c -> c.getRevokedCertificate(certificate.getSerialNumber()) != null);
        crl.verify(issuing.getPublicKey());
        assertEquals(CRLReason.KEY_COMPROMISE, crl.getRevokedCertificate(certificate.getSerialNumber()).getRevocationReason());
        await().atMost(Duration.ofSeconds(60)).until(() -> Ldap.certificatesByMail(user.email()), List::isEmpty);
        Mailboxes.awaitMail(mail, user.email(), "has been revoked");
    }

    /** The local addresses the process listens on, as `ss -ltnp` shows them; fails on CI without ss. */
    private static List<String> listening(long pid) throws Exception {
        if (!Files.isExecutable(SS)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("ss is missing: CI must install the Debian package iproute2");
            }
            org.junit.jupiter.api.Assumptions.abort("ss (Debian iproute2) is not installed");
        }
        Process ss = new ProcessBuilder(SS.toString(), "-ltnpH").redirectErrorStream(true).start();
        String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ss.waitFor(30, TimeUnit.SECONDS) && ss.exitValue() == 0, output);
        return output.lines().filter(line -> line.contains("pid=" + pid + ","))
                .map(line -> line.trim().split("\\s+")[3]).toList();
    }
}

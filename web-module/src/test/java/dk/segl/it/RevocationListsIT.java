package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.SearchResultEntry;
import jakarta.json.Json;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What relying parties get besides the certificate: the delta CRL that lists a revocation by the
 * time the revoke call answers, combined with its base by OpenSSL; CRL numbers; the CRLs in the
 * directory; caching headers; and chains that validate when a policy is required
 * ({@code segl.ca.policy-oids} is {@value #POLICY} on the test server).
 */
class RevocationListsIT extends SeglIT {

    static final String POLICY = "1.3.6.1.4.1.99999.1";
    private static final String CRL_NUMBER = "2.5.29.20";
    private static final String DELTA_CRL_INDICATOR = "2.5.29.27";

    @TempDir
    Path folder;

    /** A user's certificate, with the call its user administrator revokes it by. */
    private record Issued(X509Certificate certificate, Api admin, String revoke) {
    }

    @Test
    void aRevokedCertificateIsOnTheDeltaCrlWhenTheRevokeCallAnswersAndOpenSslCombinesItWithItsBase() throws Exception {
        Issued issued = issued();
        X509CRL base = Certificates.crl(anonymous.get("/crl/issuing.crl").body());

        revoke(issued, "KEY_COMPROMISE");

        // No waiting: the delta was signed in the revocation's own transaction.
        X509CRL delta = Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body());
        X509Certificate issuing = issuing();
        delta.verify(issuing.getPublicKey());
        assertEquals(CRLReason.KEY_COMPROMISE, delta.getRevokedCertificate(issued.certificate().getSerialNumber())
                .getRevocationReason());
        assertEquals(number(base, CRL_NUMBER), number(delta, DELTA_CRL_INDICATOR), "the delta names the current full CRL");
        assertTrue(number(delta, CRL_NUMBER).compareTo(number(base, CRL_NUMBER)) > 0);
        assertNull(base.getRevokedCertificate(issued.certificate().getSerialNumber()), "the full CRL is hourly");

        Openssl openssl = new Openssl(folder);
        openssl.pem("root.pem", root());
        openssl.pem("issuing.pem", issuing);
        openssl.pem("user.pem", issued.certificate());
        openssl.pem("full.pem", base);
        openssl.pem("delta.pem", delta);
        openssl.run("verify", "-crl_check", "-CAfile", "root.pem", "-untrusted", "issuing.pem",
                "-CRLfile", "full.pem", "user.pem");
        String combined = openssl.refusing("verify", "-crl_check", "-use_deltas", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", "-CRLfile", "full.pem", "-CRLfile", "delta.pem", "user.pem");
        assertTrue(combined.contains("certificate revoked") && !combined.contains("user.pem: OK"), combined);
    }

    @Test
    void fullAndDeltaCrlNumbersShareOneStrictlyIncreasingSequence() {
        Issued first = issued();
        Issued second = issued();
        List<BigInteger> numbers = new ArrayList<>();
        numbers.add(number(Certificates.crl(anonymous.get("/crl/issuing.crl").body()), CRL_NUMBER));
        for (Issued issued : List.of(first, second)) {
            revoke(issued, "AFFILIATION_CHANGED");
            X509CRL delta = Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body());
            assertNotNull(delta.getRevokedCertificate(issued.certificate().getSerialNumber()));
            numbers.add(number(delta, CRL_NUMBER));
        }
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i).compareTo(numbers.get(i - 1)) > 0, "CRL numbers " + numbers);
        }
    }

    @Test
    void theDirectoryHoldsTheSameFullAndDeltaCrlsAsHttp() {
        revoke(issued(), "CESSATION_OF_OPERATION");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            SearchResultEntry ca = Ldap.search("(objectClass=deltaCRL)").get(0);
            return Arrays.equals(anonymous.get("/crl/issuing.crl").body(), Ldap.value(ca, "certificateRevocationList"))
                    && Arrays.equals(anonymous.get("/crl/issuing-delta.crl").body(), Ldap.value(ca, "deltaRevocationList"));
        });
    }

    @Test
    void cachesKeepCaCertificatesLongAndCrlsUntilANewerOneIsDue() {
        assertEquals("public, max-age=86400", cacheControl("/ca/issuing.cer"));
        assertEquals("public, max-age=86400", cacheControl("/ca/root.cer"));
        long fullFor = Long.parseLong(cacheControl("/crl/issuing.crl").replace("public, max-age=", ""));
        assertTrue(fullFor > 0 && fullFor <= 3600, "the full CRL is replaced hourly: " + fullFor);
        long rootFor = Long.parseLong(cacheControl("/crl/root.crl").replace("public, max-age=", ""));
        assertTrue(rootFor > 0 && rootFor <= 12 * 3600, "the root CRL is replaced at half its validity: " + rootFor);
        assertEquals("public, no-cache", cacheControl("/crl/issuing-delta.crl"), "any revocation replaces the delta");
    }

    @Test
    void chainsValidateWhenThePolicyIsRequiredWithOpenSslAndTheJdk() throws Exception {
        X509Certificate user = issued().certificate();
        Openssl openssl = new Openssl(folder);
        openssl.pem("root.pem", root());
        openssl.pem("issuing.pem", issuing());
        openssl.pem("user.pem", user);
        openssl.run("verify", "-explicit_policy", "-policy", POLICY, "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", "user.pem");
        String other = openssl.refusing("verify", "-explicit_policy", "-policy", "1.2.3.4", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", "user.pem");
        assertTrue(!other.contains("user.pem: OK"), "a policy Segl does not certify under fails: " + other);

        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root(), null)));
        parameters.setExplicitPolicyRequired(true);
        parameters.setInitialPolicies(Set.of(POLICY));
        // With revocation checking, against the full CRL and its critical Issuing Distribution Point.
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(
                List.of(Certificates.crl(anonymous.get("/crl/issuing.crl").body()),
                        Certificates.crl(anonymous.get("/crl/root.crl").body())))));
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        CertPathValidator.getInstance("PKIX").validate(x509.generateCertPath(List.of(user, issuing())), parameters);
    }

    private Issued issued() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Rikke Relying");
        Fixtures.Ordered ordered = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", false));
        ApiResponse answer = fixtures.issue(user, ordered, Csrs.rsa(3072));
        assertEquals(200, answer.status(), answer::toString);
        return new Issued(Certificates.chain(answer.body()).get(0), org.admin(),
                org.users() + "/" + user.id() + "/certificates/" + ordered.id() + "/revoke");
    }

    private void revoke(Issued issued, String reason) {
        ApiResponse answer = issued.admin().post(issued.revoke(), Json.createObjectBuilder().add("reason", reason).build());
        assertEquals(200, answer.status(), answer::toString);
    }

    private X509Certificate root() {
        return Certificates.certificate(anonymous.get("/ca/root.cer").body());
    }

    private X509Certificate issuing() {
        return Certificates.certificate(anonymous.get("/ca/issuing.cer").body());
    }

    private String cacheControl(String path) {
        return anonymous.get(path).headers().firstValue("Cache-Control").orElse("");
    }

    private static BigInteger number(X509CRL crl, String extension) {
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(crl.getExtensionValue(extension)).getOctets()).getValue();
    }
}

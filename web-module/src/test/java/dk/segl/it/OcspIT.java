package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.TBSRequest;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCSP responder as relying parties use it: the real {@code openssl ocsp} client against the
 * deployed /ocsp over POST, GET requests it wrote, the answers' signatures checked by openssl
 * against the CA chain; revocation answered before the revoke call has returned; malformed and
 * foreign requests answered in OCSP's own error form.
 */
class OcspIT extends SeglIT {

    private static final int MALFORMED_REQUEST = 1;
    private static final int UNAUTHORIZED = 6;

    @TempDir
    Path folder;

    private Openssl openssl;
    private Fixtures.Organisation org;
    private Fixtures.User user;
    private String url;

    @BeforeEach
    void relyingParty() {
        openssl = new Openssl(folder);
        X509Certificate root = Certificates.certificate(anonymous.get("/ca/root.cer").body());
        X509Certificate issuing = Certificates.certificate(anonymous.get("/ca/issuing.cer").body());
        openssl.pem("root.pem", root);
        openssl.pem("issuing.pem", issuing);
        openssl.pem("chain.pem", issuing, root);
        org = fixtures.organisation();
        user = fixtures.user(org, "Olga Ocsp");
        url = base.toString().replaceAll("/$", "") + "/ocsp";
    }

    @Test
    void opensslReadsGoodRevokedAndUnknownFromOneSignedResponseWithItsNonce() throws Exception {
        Issued good = issue("good.pem");
        Issued revoked = issue("revoked.pem");
        revoke(revoked, "KEY_COMPROMISE");
        String never = "0x" + new BigInteger(158, new SecureRandom()).toString(16);

        String output = openssl.run("ocsp", "-issuer", "issuing.pem", "-cert", "good.pem", "-cert", "revoked.pem",
                "-serial", never, "-url", url, "-CAfile", "chain.pem", "-reqout", "request.der", "-respout", "response.der");

        assertTrue(output.contains("Response verify OK"), output);
        assertFalse(output.contains("WARNING"), output);
        assertTrue(output.contains("good.pem: good"), output);
        assertTrue(output.contains("revoked.pem: revoked"), output);
        assertTrue(output.contains("Reason: keyCompromise"), output);
        assertTrue(output.contains(never + ": unknown"), output);

        byte[] nonce = new OCSPReq(openssl.read("request.der")).getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                .getExtnValue().getOctets();
        BasicOCSPResp response = basic(openssl.read("response.der"));
        assertArrayEquals(nonce, response.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets());
        X509CertificateHolder signer = response.getCerts()[0];
        assertTrue(ExtendedKeyUsage.fromExtensions(signer.getExtensions())
                .hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning), "the signer is an OCSP signer");
        assertNotNull(signer.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck), "id-pkix-ocsp-nocheck");
        assertEquals(good.certificate().getIssuerX500Principal().getName(),
                new X500Principal(signer.getIssuer().getEncoded()).getName());
        assertEquals(3, response.getResponses().length);
        assertNotNull(response.getResponses()[0].getNextUpdate());
    }

    @Test
    void aRevocationIsAnsweredAsSoonAsTheRevokeCallReturns() {
        Issued alice = issue("alice.pem");
        String[] ask = {"ocsp", "-issuer", "issuing.pem", "-cert", "alice.pem", "-url", url, "-CAfile", "chain.pem", "-no_nonce"};
        assertTrue(openssl.run(ask).contains("alice.pem: good"), "good before, and now cached");

        revoke(alice, "AFFILIATION_CHANGED");

        String after = openssl.run(ask);
        assertTrue(after.contains("alice.pem: revoked"), after);
        assertTrue(after.contains("Reason: affiliationChanged"), after);
        assertTrue(after.contains("Response verify OK"), after);
    }

    @Test
    void getAnswersCarryRfc5019CachingHeadersWithSha1AndSha256CertIds() {
        issue("alice.pem");
        for (String digest : List.of("-sha1", "-sha256")) {
            openssl.run("ocsp", digest, "-issuer", "issuing.pem", "-cert", "alice.pem", "-no_nonce", "-reqout", "get.der");
            String base64 = Base64.getEncoder().encodeToString(openssl.read("get.der"));
            for (String path : List.of(URLEncoder.encode(base64, StandardCharsets.US_ASCII), base64)) {
                ApiResponse answer = anonymous.get("/ocsp/" + path);
                assertEquals(200, answer.status(), answer::toString);
                assertEquals("application/ocsp-response", answer.contentType());
                String cacheControl = answer.headers().firstValue("Cache-Control").orElse("");
                Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
                assertTrue(maxAge.find() && Long.parseLong(maxAge.group(1)) <= 60, cacheControl);
                assertTrue(cacheControl.contains("public") && cacheControl.contains("no-transform"), cacheControl);
                assertTrue(answer.headers().firstValue("ETag").isPresent());
                assertTrue(answer.headers().firstValue("Last-Modified").isPresent());
                assertTrue(answer.headers().firstValue("Expires").isPresent());

                openssl.write("got.der", answer.body());
                String read = openssl.run("ocsp", "-respin", "got.der", digest, "-issuer", "issuing.pem", "-cert", "alice.pem",
                        "-CAfile", "chain.pem", "-no_nonce");
                assertTrue(read.contains("alice.pem: good"), digest + " " + read);
                assertTrue(read.contains("Response verify OK"), read);
            }
        }
    }

    @Test
    void theRootAnswersForTheIssuingCaAndSignsItself() throws Exception {
        String output = openssl.run("ocsp", "-issuer", "root.pem", "-cert", "issuing.pem", "-url", url,
                "-CAfile", "root.pem", "-respout", "root-answer.der");
        assertTrue(output.contains("issuing.pem: good"), output);
        assertTrue(output.contains("Response verify OK"), output);
        X509Certificate root = Certificates.certificate(openssl.read("root.pem"));
        assertArrayEquals(root.getEncoded(), basic(openssl.read("root-answer.der")).getCerts()[0].getEncoded());
    }

    @Test
    void malformedAndForeignRequestsAreAnsweredInOcspsOwnErrorForm() throws Exception {
        openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "other.key", "-subj", "/CN=Some other CA", "-days", "1", "-out", "other.pem");
        openssl.run("ocsp", "-issuer", "other.pem", "-serial", "0x1234", "-no_nonce", "-reqout", "foreign.der");
        openssl.run("ocsp", "-issuer", "issuing.pem", "-cert", "issuing.pem", "-no_nonce", "-reqout", "valid.der");
        byte[] valid = openssl.read("valid.der");
        byte[] noRequestList = new OCSPRequest(new TBSRequest(null, new DERSequence(), (Extensions) null), null).getEncoded();

        Map<String, byte[]> malformed = Map.of(
                "not DER", "hello, OCSP".getBytes(StandardCharsets.US_ASCII),
                "empty", new byte[0],
                "no requestList", noRequestList,
                "truncated", Arrays.copyOf(valid, valid.length - 3),
                "trailing bytes", Arrays.copyOf(valid, valid.length + 2),
                "a certificate, not a request", openssl.read("issuing.pem"));
        malformed.forEach((name, body) -> assertEquals(MALFORMED_REQUEST, post(body).getStatus(), name));
        assertEquals(UNAUTHORIZED, post(openssl.read("foreign.der")).getStatus(), "another CA's certificate");
        assertEquals(MALFORMED_REQUEST, status(anonymous.get("/ocsp/not*base64")), "GET that is not base64");
        assertEquals(MALFORMED_REQUEST, status(anonymous.get("/ocsp")), "GET without a request");

        openssl.write("malformed.der", anonymous.postBytes("/ocsp", new byte[] {1, 2, 3},
                "Content-Type", "application/ocsp-request").body());
        assertTrue(openssl.refusing("ocsp", "-respin", "malformed.der", "-resp_text").contains("malformedrequest"));

        anonymous.postBytes("/ocsp", valid, "Content-Type", "text/plain").assertRefused(415, "unsupported-media-type");
        anonymous.postBytes("/ocsp", new byte[70 * 1024], "Content-Type", "application/ocsp-request")
                .assertRefused(413, "body-too-large");
        anonymous.send("PUT", "/ocsp", valid, "Content-Type", "application/ocsp-request")
                .assertRefused(405, "method-not-allowed");
    }

    private record Issued(String id, X509Certificate certificate) {
    }

    /** A hardware certificate for the user with a fresh EC key, written to {@code pem}. */
    private Issued issue(String pem) {
        Fixtures.Ordered ordered = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", false));
        ApiResponse issued = fixtures.issue(user, ordered, Csrs.ec("secp256r1"));
        assertEquals(200, issued.status(), issued::toString);
        X509Certificate certificate = Certificates.chain(issued.body()).get(0);
        openssl.pem(pem, certificate);
        return new Issued(ordered.id(), certificate);
    }

    private void revoke(Issued issued, String reason) {
        ApiResponse revoked = org.admin().post(org.certificates(user) + "/" + issued.id() + "/revoke",
                Json.createObjectBuilder().add("reason", reason).build());
        assertEquals(200, revoked.status(), revoked::toString);
    }

    private OCSPResp post(byte[] body) {
        ApiResponse answer = anonymous.postBytes("/ocsp", body, "Content-Type", "application/ocsp-request");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("application/ocsp-response", answer.contentType());
        return response(answer.body());
    }

    private static int status(ApiResponse answer) {
        assertEquals(200, answer.status(), answer::toString);
        return response(answer.body()).getStatus();
    }

    private static OCSPResp response(byte[] der) {
        try {
            return new OCSPResp(der);
        } catch (Exception e) {
            throw new AssertionError("not an OCSP response", e);
        }
    }

    private static BasicOCSPResp basic(byte[] der) throws Exception {
        OCSPResp response = response(der);
        assertEquals(0, response.getStatus(), "successful");
        return (BasicOCSPResp) response.getResponseObject();
    }
}

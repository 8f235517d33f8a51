package dk.segl.ocsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.ca.BouncyCastle;
import dk.segl.ca.CaKey;
import dk.segl.ca.CaLevel;
import dk.segl.ca.OcspResponseEncoder;
import dk.segl.ca.OcspSignerProfile;
import dk.segl.ca.OcspStatus;
import dk.segl.ca.SerialNumber;
import dk.segl.ca.SoftwareCaKey;
import dk.segl.ca.TestCa;
import dk.segl.ca.TestKeys;
import dk.segl.config.PassingClock;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.TBSRequest;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OcspResponderTest {

    private static final Instant START = Instant.parse("2025-03-01T12:00:00.400Z");
    private static final Duration VALIDITY = Duration.ofHours(1);
    private static final BigInteger GOOD = BigInteger.valueOf(1001);
    private static final BigInteger REVOKED = BigInteger.valueOf(1002);
    private static final BigInteger NEVER_ISSUED = BigInteger.valueOf(1003);
    private static final Instant REVOKED_AT = Instant.parse("2025-02-01T08:00:00Z");
    private static final int KEY_COMPROMISE = 1;

    private static final CaKey ROOT = TestCa.store().root();
    private static final CaKey ISSUING = TestCa.store().issuing();
    private static final CaKey SIGNER = new SoftwareCaKey(new OcspSignerProfile(Duration.ofDays(30),
            Clock.fixed(Instant.parse("2025-02-20T00:00:00Z"), ZoneOffset.UTC))
            .issue(ISSUING, TestKeys.rsa3072().getPublic(), new SerialNumber(BigInteger.valueOf(99))),
            TestKeys.rsa3072().getPrivate(), CaKey.DEFAULT_SIGNATURE_ALGORITHM);
    private static final X509Certificate OTHER_CA = SIGNER.certificate();

    private final Map<BigInteger, OcspStatus> records = new HashMap<>();
    private final AtomicInteger signatures = new AtomicInteger();
    private final PassingClock clock = new PassingClock(START);
    private boolean databaseDown;
    private OcspResponder responder;

    @BeforeEach
    void responder() {
        records.put(GOOD, OcspStatus.GOOD);
        records.put(REVOKED, new OcspStatus.Revoked(REVOKED_AT, KEY_COMPROMISE));
        OcspResponder.Statuses statuses = (level, serials) -> {
            if (databaseDown) {
                throw new IllegalStateException("the database is down");
            }
            return level == CaLevel.ROOT ? Map.of(ISSUING.certificate().getSerialNumber(), OcspStatus.GOOD)
                    : Map.copyOf(records);
        };
        OcspResponder.Signer signer = new OcspResponder.Signer() {
            @Override
            public X509Certificate certificate(CaLevel level) {
                return key(level).certificate();
            }

            @Override
            public byte[] sign(CaLevel level, List<OcspResponseEncoder.Answer> answers, Instant thisUpdate,
                               Instant nextUpdate, Instant producedAt, java.util.Optional<Extension> nonce) {
                signatures.incrementAndGet();
                return OcspResponseEncoder.sign(key(level), answers, thisUpdate, nextUpdate, producedAt, nonce);
            }
        };
        responder = new OcspResponder(Map.of(CaLevel.ROOT, new IssuerHashes(ROOT.certificate()),
                CaLevel.ISSUING, new IssuerHashes(ISSUING.certificate())), statuses, signer, clock, VALIDITY,
                new ResponseCache(100));
    }

    /** What a response must say: its OCSP status, and for a successful one who signed it and each certificate's status. */
    private interface Expected {
        void check(OCSPResp response) throws Exception;
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("an issued certificate is good", request(sha1(ISSUING, GOOD)),
                        answered(SIGNER, OcspStatus.GOOD)),
                Arguments.of("a revoked one is revoked, with its time and reason", request(sha1(ISSUING, REVOKED)),
                        answered(SIGNER, new OcspStatus.Revoked(REVOKED_AT, KEY_COMPROMISE))),
                Arguments.of("a serial the CA never issued is unknown, never good", request(sha1(ISSUING, NEVER_ISSUED)),
                        answered(SIGNER, OcspStatus.UNKNOWN)),
                Arguments.of("a negative serial is unknown", request(sha1(ISSUING, BigInteger.valueOf(-5))),
                        answered(SIGNER, OcspStatus.UNKNOWN)),
                Arguments.of("SHA-256 CertIDs are answered with SHA-256 CertIDs", request(sha256(ISSUING, GOOD)),
                        answered(SIGNER, OcspStatus.GOOD)),
                Arguments.of("several certificates get one response with each, in order",
                        request(sha1(ISSUING, GOOD), sha256(ISSUING, REVOKED), sha1(ISSUING, NEVER_ISSUED)),
                        answered(SIGNER, OcspStatus.GOOD, new OcspStatus.Revoked(REVOKED_AT, KEY_COMPROMISE),
                                OcspStatus.UNKNOWN)),
                Arguments.of("the root answers for the issuing CA and signs itself",
                        request(sha1(ROOT, ISSUING.certificate().getSerialNumber())), answered(ROOT, OcspStatus.GOOD)),
                Arguments.of("the root never issued anything else", request(sha256(ROOT, GOOD)),
                        answered(ROOT, OcspStatus.UNKNOWN)),
                Arguments.of("another CA's certificate is unauthorized", request(sha1(OTHER_CA, GOOD)), error(6)),
                Arguments.of("the issuing CA's name with another key is unauthorized",
                        request(new CertificateID(new org.bouncycastle.asn1.ocsp.CertID(
                                new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1, DERNull.INSTANCE),
                                new DEROctetString(sha1(ISSUING, GOOD).getIssuerNameHash()),
                                new DEROctetString(new byte[20]), new org.bouncycastle.asn1.ASN1Integer(GOOD)))),
                        error(6)),
                Arguments.of("certificates of both CAs in one request are unauthorized",
                        request(sha1(ISSUING, GOOD), sha1(ROOT, ISSUING.certificate().getSerialNumber())), error(6)),
                Arguments.of("a CertID hashed with SHA-512 is unauthorized", request(id(NISTObjectIdentifiers.id_sha512,
                        ISSUING, GOOD)), error(6)),
                Arguments.of("no requestList is malformed", noRequestList(), error(1)),
                Arguments.of("bytes that are not DER are malformed", "GET / HTTP/1.1".getBytes(), error(1)),
                Arguments.of("nothing at all is malformed", new byte[0], error(1)),
                Arguments.of("a truncated request is malformed", truncated(request(sha1(ISSUING, GOOD))), error(1)),
                Arguments.of("bytes after the request are malformed", Arrays.copyOf(request(sha1(ISSUING, GOOD)),
                        request(sha1(ISSUING, GOOD)).length + 1), error(1)),
                Arguments.of("nesting far deeper than any request is malformed", deeplyNested(), error(1)),
                Arguments.of("more than 100 certificates is malformed", request(Stream.generate(() -> sha1(ISSUING, GOOD))
                        .limit(StatusRequest.MAX_CERTIFICATES + 1).toArray(CertificateID[]::new)), error(1)),
                Arguments.of("a critical extension Segl does not know is malformed", withExtension(
                        new Extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.7"), true, new DEROctetString(new byte[1])),
                        sha1(ISSUING, GOOD)), error(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void answers(String name, byte[] request, Expected expected) throws Exception {
        expected.check(new OCSPResp(responder.answer(request).der()));
    }

    @Test
    void updateTimesAreWholeSecondsAndSpanTheValidity() throws Exception {
        SingleResp single = basic(responder.answer(request(sha1(ISSUING, GOOD)))).getResponses()[0];
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), single.getThisUpdate().toInstant());
        assertEquals(Instant.parse("2025-03-01T13:00:00Z"), single.getNextUpdate().toInstant());
    }

    @Test
    void aNonceIsEchoedInAResponseSignedForIt() throws Exception {
        byte[] nonce = new DEROctetString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}).getEncoded();
        byte[] request = withExtension(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, nonce),
                sha1(ISSUING, GOOD));
        OcspAnswer first = responder.answer(request);
        OcspAnswer second = responder.answer(request);
        assertArrayEquals(nonce, basic(first).getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets());
        assertEquals(2, signatures.get(), "each nonce is signed for");
        assertTrue(first.cacheable().isEmpty(), "HTTP caches must not keep it");
        assertNotSame(first.der(), second.der());
    }

    @Test
    void aNonceLongerThan32OctetsIsLeftOut() throws Exception {
        byte[] nonce = new DEROctetString(new byte[33]).getEncoded();
        OcspAnswer answer = responder.answer(withExtension(
                new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, nonce), sha1(ISSUING, GOOD)));
        assertNull(basic(answer).getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce));
    }

    /** The validity is an hour: the cached answer serves for half of it, then it is signed again. */
    @ParameterizedTest(name = "asked again after {0} minutes: {1} signature(s)")
    @CsvSource({"0, 1", "29, 1", "30, 2", "45, 2"})
    void theSameQuestionIsAnsweredFromTheCacheUntilHalfItsValidityHasPassed(long minutes, int signed) {
        OcspAnswer first = responder.answer(request(sha1(ISSUING, GOOD)));
        clock.pass(Duration.ofMinutes(minutes));
        OcspAnswer second = responder.answer(request(sha1(ISSUING, GOOD)));
        assertEquals(signed == 1, first == second);
        assertEquals(signed, signatures.get());
        assertTrue(first.cacheable().isPresent(), "HTTP caches may keep it");
    }

    @Test
    void aRevocationReplacesTheCachedAnswerAtOnce() throws Exception {
        responder.answer(request(sha1(ISSUING, GOOD)));
        Instant revokedAt = START.plusSeconds(5);
        records.put(GOOD, new OcspStatus.Revoked(revokedAt, 3));
        SingleResp single = basic(responder.answer(request(sha1(ISSUING, GOOD)))).getResponses()[0];
        RevokedStatus revoked = assertInstanceOf(RevokedStatus.class, single.getCertStatus());
        assertEquals(3, revoked.getRevocationReason());
        assertEquals(2, signatures.get());
    }

    @Test
    void sha1AndSha256QuestionsAreCachedApart() throws Exception {
        responder.answer(request(sha1(ISSUING, GOOD)));
        SingleResp single = basic(responder.answer(request(sha256(ISSUING, GOOD)))).getResponses()[0];
        assertEquals(NISTObjectIdentifiers.id_sha256, single.getCertID().getHashAlgOID());
    }

    @Test
    void aDatabaseFailureIsAnsweredInternalError() throws Exception {
        databaseDown = true;
        assertEquals(2, new OCSPResp(responder.answer(request(sha1(ISSUING, GOOD))).der()).getStatus());
        assertFalse(responder.answer(request(sha1(ISSUING, GOOD))).cacheable().isPresent());
    }

    private static CaKey key(CaLevel level) {
        return level == CaLevel.ROOT ? ROOT : SIGNER;
    }

    private static Expected error(int status) {
        return response -> {
            assertEquals(status, response.getStatus());
            assertNull(response.getResponseObject());
        };
    }

    private static Expected answered(CaKey signer, OcspStatus... statuses) {
        return response -> {
            assertEquals(0, response.getStatus());
            BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
            assertTrue(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(signer.publicKey())), "signed by " + signer.certificate().getSubjectX500Principal());
            assertArrayEquals(signer.certificate().getEncoded(), basic.getCerts()[0].getEncoded(), "carries its signer");
            SingleResp[] singles = basic.getResponses();
            assertEquals(statuses.length, singles.length);
            for (int i = 0; i < statuses.length; i++) {
                assertStatus(statuses[i], singles[i]);
            }
        };
    }

    private static void assertStatus(OcspStatus expected, SingleResp single) {
        if (expected instanceof OcspStatus.Revoked revoked) {
            RevokedStatus status = assertInstanceOf(RevokedStatus.class, single.getCertStatus());
            assertEquals(revoked.at(), status.getRevocationTime().toInstant());
            assertEquals(revoked.reasonCode(), status.getRevocationReason());
        } else if (expected instanceof OcspStatus.Unknown) {
            assertInstanceOf(UnknownStatus.class, single.getCertStatus());
        } else {
            assertNull(single.getCertStatus(), "good");
        }
    }

    private static BasicOCSPResp basic(OcspAnswer answer) throws Exception {
        return (BasicOCSPResp) new OCSPResp(answer.der()).getResponseObject();
    }

    private static CertificateID sha1(CaKey issuer, BigInteger serial) {
        return id(OIWObjectIdentifiers.idSHA1, issuer.certificate(), serial);
    }

    private static CertificateID sha1(X509Certificate issuer, BigInteger serial) {
        return id(OIWObjectIdentifiers.idSHA1, issuer, serial);
    }

    private static CertificateID sha256(CaKey issuer, BigInteger serial) {
        return id(NISTObjectIdentifiers.id_sha256, issuer.certificate(), serial);
    }

    private static CertificateID id(ASN1ObjectIdentifier digest, CaKey issuer, BigInteger serial) {
        return id(digest, issuer.certificate(), serial);
    }

    private static CertificateID id(ASN1ObjectIdentifier digest, X509Certificate issuer, BigInteger serial) {
        try {
            return new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(digest, DERNull.INSTANCE)), new X509CertificateHolder(issuer.getEncoded()), serial);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] request(CertificateID... ids) {
        return withExtension(null, ids);
    }

    private static byte[] withExtension(Extension extension, CertificateID... ids) {
        try {
            OCSPReqBuilder builder = new OCSPReqBuilder();
            for (CertificateID id : ids) {
                builder.addRequest(id);
            }
            if (extension != null) {
                builder.setRequestExtensions(new Extensions(extension));
            }
            return builder.build().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] noRequestList() {
        try {
            return new OCSPRequest(new TBSRequest(null, new DERSequence(), (Extensions) null), null).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] truncated(byte[] der) {
        return Arrays.copyOf(der, der.length - 4);
    }

    /** 5,000 nested SEQUENCEs: a recursive parser's stack would not survive them. */
    private static byte[] deeplyNested() {
        int depth = 5000;
        byte[] der = new byte[depth * 4];
        for (int i = 0; i < depth; i++) {
            int remaining = (depth - i - 1) * 4;
            der[i * 4] = 0x30;
            der[i * 4 + 1] = (byte) 0x82;
            der[i * 4 + 2] = (byte) (remaining >> 8);
            der[i * 4 + 3] = (byte) remaining;
        }
        return der;
    }
}

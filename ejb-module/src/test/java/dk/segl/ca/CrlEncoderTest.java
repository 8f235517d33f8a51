package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrlEncoderTest {

    private static final Instant THIS_UPDATE = Instant.parse("2025-03-01T12:00:00.900Z");
    private static final Instant NEXT_UPDATE = Instant.parse("2025-03-02T12:00:00Z");
    private static final String FULL_URL = "https://segl.example.dk/crl/issuing.crl";
    private static final String DELTA_URL = "https://segl.example.dk/crl/issuing-delta.crl";
    private static final List<RevokedEntry> ENTRIES = List.of(
            entry(1001, "2025-02-01T08:00:00Z", 1),
            entry(1002, "2025-02-02T08:00:00Z", 3),
            entry(1003, "2025-02-03T08:00:00Z", 5),
            entry(1004, "2025-02-04T08:00:00Z", 0));
    private static final CrlHeader FULL = CrlHeader.full(BigInteger.valueOf(42), THIS_UPDATE, NEXT_UPDATE, FULL_URL, DELTA_URL);
    private static final CrlHeader DELTA = CrlHeader.delta(BigInteger.valueOf(43), BigInteger.valueOf(42), THIS_UPDATE,
            NEXT_UPDATE, FULL_URL);

    @TempDir
    Path spools;

    static Stream<Arguments> headersAndEntries() {
        List<RevokedEntry> many = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            many.add(entry(i * 7919L, "2049-12-31T23:59:59Z", i % 2 == 0 ? 1 : 0));
        }
        return Stream.of(
                Arguments.of("full with four entries", FULL, ENTRIES),
                Arguments.of("delta with four entries", DELTA, ENTRIES),
                Arguments.of("root, no entries", CrlHeader.plain(BigInteger.ONE, THIS_UPDATE, NEXT_UPDATE), List.of()),
                Arguments.of("full, 300 entries (long length octets)", FULL, many),
                Arguments.of("a 20-octet serial and CRL number", CrlHeader.plain(BigInteger.TWO.pow(158), THIS_UPDATE,
                        NEXT_UPDATE), List.of(new RevokedEntry(new SerialNumber(BigInteger.TWO.pow(159).subtract(BigInteger.ONE)),
                        Instant.parse("2051-01-01T00:00:00Z"), 1))));
    }

    /** The streamed TBSCertList is Bouncy Castle's own encoding, octet for octet. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("headersAndEntries")
    void streamedCrlEqualsBouncyCastlesBuilder(String name, CrlHeader header, List<RevokedEntry> entries) throws Exception {
        CaKey issuing = TestCa.store().issuing();
        X509CRLHolder streamed = new X509CRLHolder(encode(issuing, header, entries));
        assertArrayEquals(builder(issuing, header, entries).build(issuing.contentSigner()).toASN1Structure()
                .getTBSCertList().getEncoded(), streamed.toASN1Structure().getTBSCertList().getEncoded());
        assertTrue(streamed.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(BouncyCastle.PROVIDER).build(issuing.certificate())));
    }

    @Test
    void jdkVerifiesTheSignatureWithTheIssuerKey() throws Exception {
        X509CRL crl = jdk(encode(TestCa.store().issuing(), FULL, ENTRIES));
        CaKey issuing = TestCa.store().issuing();
        crl.verify(issuing.publicKey());
        assertEquals("RSASSA-PSS", crl.getSigAlgName());
        assertEquals(2, crl.getVersion());
        assertEquals(issuing.certificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
    }

    @Test
    void carriesNumberAndUpdateTimes() throws Exception {
        X509CRL crl = jdk(encode(TestCa.store().issuing(), FULL, ENTRIES));
        assertEquals(BigInteger.valueOf(42), integer(crl, Extension.cRLNumber));
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), crl.getThisUpdate().toInstant());
        assertEquals(NEXT_UPDATE, crl.getNextUpdate().toInstant());
    }

    @Test
    void aFullCrlNamesItselfCriticallyAndItsDeltaNonCritically() throws Exception {
        X509CRL crl = jdk(encode(TestCa.store().issuing(), FULL, ENTRIES));
        assertEquals(Set.of(Extension.issuingDistributionPoint.getId()), crl.getCriticalExtensionOIDs());
        assertEquals(FULL_URL, url(IssuingDistributionPoint.getInstance(value(crl, Extension.issuingDistributionPoint))
                .getDistributionPoint()));
        assertEquals(DELTA_URL, url(org.bouncycastle.asn1.x509.CRLDistPoint.getInstance(value(crl, Extension.freshestCRL))
                .getDistributionPoints()[0].getDistributionPoint()));
    }

    @Test
    void aDeltaNamesItsBaseCriticallyAndTheSameScopeAsItsBase() throws Exception {
        X509CRL crl = jdk(encode(TestCa.store().issuing(), DELTA, ENTRIES));
        assertEquals(Set.of(Extension.issuingDistributionPoint.getId(), Extension.deltaCRLIndicator.getId()),
                crl.getCriticalExtensionOIDs());
        assertEquals(BigInteger.valueOf(42), integer(crl, Extension.deltaCRLIndicator));
        assertEquals(BigInteger.valueOf(43), integer(crl, Extension.cRLNumber));
        assertNull(crl.getExtensionValue(Extension.freshestCRL.getId()));
    }

    @Test
    void listsEachEntryWithItsReason() throws Exception {
        X509CRL crl = jdk(encode(TestCa.store().issuing(), FULL, ENTRIES));
        assertEquals(4, crl.getRevokedCertificates().size());
        assertEntry(crl.getRevokedCertificate(BigInteger.valueOf(1001)), "2025-02-01T08:00:00Z", CRLReason.KEY_COMPROMISE);
        assertEntry(crl.getRevokedCertificate(BigInteger.valueOf(1002)), "2025-02-02T08:00:00Z", CRLReason.AFFILIATION_CHANGED);
        assertEntry(crl.getRevokedCertificate(BigInteger.valueOf(1003)), "2025-02-03T08:00:00Z", CRLReason.CESSATION_OF_OPERATION);
    }

    @Test
    void unspecifiedReasonIsLeftOutAsRfc5280Asks() throws Exception {
        X509CRLEntry entry = jdk(encode(TestCa.store().issuing(), FULL, ENTRIES)).getRevokedCertificate(BigInteger.valueOf(1004));
        assertNull(entry.getRevocationReason());
        assertNull(entry.getExtensionValue(Extension.reasonCode.getId()));
    }

    @Test
    void authorityKeyIdIsTheIssuersSubjectKeyId() throws Exception {
        X509CRL crl = jdk(encode(TestCa.store().issuing(), FULL, ENTRIES));
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(value(crl, Extension.authorityKeyIdentifier));
        byte[] ski = SubjectKeyIdentifier.fromExtensions(new X509CertificateHolder(
                TestCa.store().issuing().certificate().getEncoded()).getExtensions()).getKeyIdentifier();
        assertArrayEquals(ski, aki.getKeyIdentifier());
    }

    @Test
    void emptyCrlIsValid() throws Exception {
        X509CRL crl = jdk(encode(TestCa.store().root(), CrlHeader.plain(BigInteger.ONE, THIS_UPDATE, NEXT_UPDATE), List.of()));
        crl.verify(TestCa.store().root().publicKey());
        assertNull(crl.getRevokedCertificates());
    }

    /** Only a bug hands the encoder these: an internal error, never a refusal a user would see. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("removeFromCRL", (Runnable) () -> spoolOf(List.of(entry(10, "2025-01-01T00:00:00Z", 8)))),
                Arguments.of("unassigned reason 7", (Runnable) () -> spoolOf(List.of(entry(10, "2025-01-01T00:00:00Z", 7)))),
                Arguments.of("serials out of order", (Runnable) () -> spoolOf(List.of(
                        entry(11, "2025-01-01T00:00:00Z", 1), entry(10, "2025-01-01T00:00:00Z", 1)))),
                Arguments.of("a serial twice", (Runnable) () -> spoolOf(List.of(
                        entry(10, "2025-01-01T00:00:00Z", 1), entry(10, "2025-01-01T00:00:00Z", 1)))),
                Arguments.of("negative CRL number", (Runnable) () -> CrlHeader.plain(BigInteger.valueOf(-1), THIS_UPDATE, NEXT_UPDATE)),
                Arguments.of("21-octet CRL number", (Runnable) () -> CrlHeader.plain(BigInteger.TWO.pow(160), THIS_UPDATE, NEXT_UPDATE)),
                Arguments.of("nextUpdate not after thisUpdate", (Runnable) () -> CrlHeader.plain(BigInteger.ONE, THIS_UPDATE, THIS_UPDATE)),
                Arguments.of("a delta not newer than its base", (Runnable) () -> CrlHeader.delta(BigInteger.TEN, BigInteger.TEN,
                        THIS_UPDATE, NEXT_UPDATE, FULL_URL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void refuses(String name, Runnable mistake) {
        assertThrows(IllegalArgumentException.class, mistake::run);
    }

    private byte[] encode(CaKey issuer, CrlHeader header, List<RevokedEntry> entries) {
        try (CrlEntrySpool spool = CrlEntrySpool.in(spools, ForkJoinPool.commonPool())) {
            entries.forEach(spool::add);
            return new CrlEncoder().encode(issuer, header, spool);
        }
    }

    private static void spoolOf(List<RevokedEntry> entries) {
        try (CrlEntrySpool spool = CrlEntrySpool.in(Path.of(System.getProperty("java.io.tmpdir")), ForkJoinPool.commonPool())) {
            entries.forEach(spool::add);
        }
    }

    /** Bouncy Castle's builder given the same CRL, extensions in the encoder's order. */
    private static X509v2CRLBuilder builder(CaKey issuer, CrlHeader header, List<RevokedEntry> entries) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(
                issuer.certificate().getSubjectX500Principal().getEncoded()), Date.from(header.thisUpdate().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS)));
        builder.setNextUpdate(Date.from(header.nextUpdate()));
        for (RevokedEntry entry : entries) {
            builder.addCRLEntry(entry.serial().value(), Date.from(entry.revokedAt()), entry.reasonCode());
        }
        builder.addExtension(Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(issuer.certificate()));
        builder.addExtension(Extension.cRLNumber, false, new CRLNumber(header.number()));
        if (header.baseNumber().isPresent()) {
            builder.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(header.baseNumber().get()));
        }
        if (header.scope().isPresent()) {
            builder.addExtension(Extension.issuingDistributionPoint, true, new IssuingDistributionPoint(
                    new DistributionPointName(new GeneralNames(CaHierarchy.uri(header.scope().get()))),
                    false, false, null, false, false));
        }
        if (header.freshest().isPresent()) {
            builder.addExtension(Extension.freshestCRL, false, CaHierarchy.crlAt(header.freshest().get()));
        }
        return builder;
    }

    private static RevokedEntry entry(long serial, String revokedAt, int reason) {
        return new RevokedEntry(new SerialNumber(BigInteger.valueOf(serial)), Instant.parse(revokedAt), reason);
    }

    static X509CRL jdk(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }

    private static byte[] value(X509CRL crl, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        return ASN1OctetString.getInstance(crl.getExtensionValue(oid.getId())).getOctets();
    }

    private static BigInteger integer(X509CRL crl, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        return ASN1Integer.getInstance(value(crl, oid)).getValue();
    }

    private static String url(DistributionPointName name) {
        return GeneralNames.getInstance(name.getName()).getNames()[0].getName().toString();
    }

    private static void assertEntry(X509CRLEntry entry, String revokedAt, CRLReason reason) {
        assertEquals(Instant.parse(revokedAt), entry.getRevocationDate().toInstant());
        assertEquals(reason, entry.getRevocationReason());
    }
}

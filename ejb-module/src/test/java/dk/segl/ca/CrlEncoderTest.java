package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class CrlEncoderTest {

    private static final Instant THIS_UPDATE = Instant.parse("2025-03-01T12:00:00.900Z");
    private static final Instant NEXT_UPDATE = Instant.parse("2025-03-02T12:00:00Z");
    private static final List<RevokedEntry> ENTRIES = List.of(
            new RevokedEntry(new SerialNumber(BigInteger.valueOf(1001)), Instant.parse("2025-02-01T08:00:00Z"), 1),
            new RevokedEntry(new SerialNumber(BigInteger.valueOf(1002)), Instant.parse("2025-02-02T08:00:00Z"), 3),
            new RevokedEntry(new SerialNumber(BigInteger.valueOf(1003)), Instant.parse("2025-02-03T08:00:00Z"), 5),
            new RevokedEntry(new SerialNumber(BigInteger.valueOf(1004)), Instant.parse("2025-02-04T08:00:00Z"), 0));

    private final CrlEncoder encoder = new CrlEncoder();

    @Test
    void jdkVerifiesTheSignatureWithTheIssuerKey() throws Exception {
        X509CRL crl = encodeAndReparse();
        CaKey issuing = TestCa.store().issuing();
        crl.verify(issuing.publicKey());
        assertEquals("RSASSA-PSS", crl.getSigAlgName());
        assertEquals(2, crl.getVersion());
        assertEquals(issuing.certificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
    }

    @Test
    void carriesNumberAndUpdateTimes() throws Exception {
        X509CRL crl = encodeAndReparse();
        byte[] number = crl.getExtensionValue(Extension.cRLNumber.getId());
        assertEquals(BigInteger.valueOf(42),
                ASN1Integer.getInstance(ASN1OctetString.getInstance(number).getOctets()).getValue());
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), crl.getThisUpdate().toInstant());
        assertEquals(NEXT_UPDATE, crl.getNextUpdate().toInstant());
        assertTrue(crl.getCriticalExtensionOIDs() == null || crl.getCriticalExtensionOIDs().isEmpty());
    }

    @Test
    void listsEachEntryWithItsReason() throws Exception {
        X509CRL crl = encodeAndReparse();
        assertEquals(4, crl.getRevokedCertificates().size());
        assertEntry(crl.getRevokedCertificate(BigInteger.valueOf(1001)), "2025-02-01T08:00:00Z", CRLReason.KEY_COMPROMISE);
        assertEntry(crl.getRevokedCertificate(BigInteger.valueOf(1002)), "2025-02-02T08:00:00Z", CRLReason.AFFILIATION_CHANGED);
        assertEntry(crl.getRevokedCertificate(BigInteger.valueOf(1003)), "2025-02-03T08:00:00Z", CRLReason.CESSATION_OF_OPERATION);
    }

    @Test
    void unspecifiedReasonIsLeftOutAsRfc5280Asks() throws Exception {
        X509CRLEntry entry = encodeAndReparse().getRevokedCertificate(BigInteger.valueOf(1004));
        assertNull(entry.getRevocationReason());
        assertNull(entry.getExtensionValue(Extension.reasonCode.getId()));
    }

    @Test
    void authorityKeyIdIsTheIssuersSubjectKeyId() throws Exception {
        X509CRL crl = encodeAndReparse();
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(
                ASN1OctetString.getInstance(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId())).getOctets());
        byte[] ski = SubjectKeyIdentifier.fromExtensions(new X509CertificateHolder(
                TestCa.store().issuing().certificate().getEncoded()).getExtensions()).getKeyIdentifier();
        assertArrayEquals(ski, aki.getKeyIdentifier());
    }

    @Test
    void emptyCrlIsValid() throws Exception {
        X509CRL crl = reparse(encoder.encode(TestCa.store().root(), BigInteger.ONE, THIS_UPDATE, NEXT_UPDATE, List.of()));
        crl.verify(TestCa.store().root().publicKey());
        assertNull(crl.getRevokedCertificates());
    }

    @Test
    void refusesRemoveFromCrlReasonInAFullCrl() {
        assertRefused(BigInteger.ONE, NEXT_UPDATE, List.of(new RevokedEntry(new SerialNumber(BigInteger.TEN), THIS_UPDATE, 8)),
                "revocation-reason-invalid");
    }

    @Test
    void refusesUnassignedReasonCode() {
        assertRefused(BigInteger.ONE, NEXT_UPDATE, List.of(new RevokedEntry(new SerialNumber(BigInteger.TEN), THIS_UPDATE, 7)),
                "revocation-reason-invalid");
    }

    @Test
    void refusesNegativeCrlNumber() {
        assertRefused(BigInteger.valueOf(-1), NEXT_UPDATE, List.of(), "crl-number-invalid");
    }

    @Test
    void refusesNextUpdateNotAfterThisUpdate() {
        assertRefused(BigInteger.ONE, THIS_UPDATE, List.of(), "crl-next-update-not-after-this-update");
    }

    private X509CRL encodeAndReparse() throws Exception {
        return reparse(encoder.encode(TestCa.store().issuing(), BigInteger.valueOf(42), THIS_UPDATE, NEXT_UPDATE, ENTRIES));
    }

    private static X509CRL reparse(X509CRL crl) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crl.getEncoded()));
    }

    private static void assertEntry(X509CRLEntry entry, String revokedAt, CRLReason reason) {
        assertEquals(Instant.parse(revokedAt), entry.getRevocationDate().toInstant());
        assertEquals(reason, entry.getRevocationReason());
    }

    /** Only a bug hands the encoder these: an internal error, never a refusal a user would see. */
    private void assertRefused(BigInteger number, Instant nextUpdate, List<RevokedEntry> entries, String what) {
        assertThrows(IllegalArgumentException.class,
                () -> encoder.encode(TestCa.store().issuing(), number, THIS_UPDATE, nextUpdate, entries), what);
    }
}

package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcspSignerProfileTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00.750Z");
    private static final SerialNumber SERIAL = new SerialNumber(BigInteger.valueOf(4711));

    @Test
    void mayOnlySignOcspResponsesAndIsNotItselfChecked() throws Exception {
        X509Certificate signer = issue(Duration.ofDays(30), NOW);
        assertEquals(List.of("1.3.6.1.5.5.7.3.9"), signer.getExtendedKeyUsage());
        assertTrue(signer.getKeyUsage()[0], "digitalSignature");
        assertEquals(1, count(signer.getKeyUsage()), "nothing but digitalSignature");
        assertTrue(signer.getCriticalExtensionOIDs().contains("2.5.29.15"), "key usage is critical");
        assertEquals(-1, signer.getBasicConstraints(), "not a CA");
        assertNotNull(signer.getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()));
        assertNotNull(signer.getExtensionValue("2.5.29.35"), "AKI");
        assertNotNull(signer.getExtensionValue("2.5.29.14"), "SKI");
        signer.verify(TestCa.store().issuing().publicKey());
    }

    @Test
    void isNamedAfterItsCaAndLivesAsLongAsConfigured() {
        X509Certificate signer = issue(Duration.ofDays(30), NOW);
        assertEquals(TestCa.store().issuing().certificate().getSubjectX500Principal(), signer.getIssuerX500Principal());
        assertEquals("CN=Segl Test Issuing OCSP,O=Segl Test,C=DK", signer.getSubjectX500Principal().getName());
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), signer.getNotBefore().toInstant());
        assertEquals(Instant.parse("2025-03-31T12:00:00Z"), signer.getNotAfter().toInstant());
    }

    @Test
    void neverOutlivesItsCa() {
        Instant caEnd = TestCa.store().issuing().certificate().getNotAfter().toInstant();
        X509Certificate signer = issue(Duration.ofDays(30), caEnd.minus(Duration.ofDays(3)));
        assertEquals(caEnd, signer.getNotAfter().toInstant());
    }

    /** Issued at NOW for 30 days; renewed once 10 days or less are left. */
    @ParameterizedTest(name = "{0} days after issuance: due {1}")
    @CsvSource({"0, false", "19, false", "20, true", "31, true"})
    void isRenewedWellBeforeItEnds(long days, boolean due) {
        X509Certificate signer = issue(Duration.ofDays(30), NOW);
        assertEquals(due, OcspSignerProfile.renewalDue(signer, NOW.plus(Duration.ofDays(days)), Duration.ofDays(10)));
    }

    @Test
    void aMissingSignerIsDue() {
        assertTrue(OcspSignerProfile.renewalDue(null, NOW, Duration.ofDays(10)));
    }

    private static X509Certificate issue(Duration lifetime, Instant now) {
        return new OcspSignerProfile(lifetime, Clock.fixed(now, ZoneOffset.UTC))
                .issue(TestCa.store().issuing(), TestKeys.rsa3072().getPublic(), SERIAL);
    }

    private static int count(boolean[] bits) {
        int set = 0;
        for (boolean bit : bits) {
            set += bit ? 1 : 0;
        }
        return set;
    }
}

package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaHierarchyTest {

    @Test
    void issuingCaNeverOutlivesTheRoot() {
        Instant rootCreated = Instant.parse("2025-01-01T00:00:00Z");
        SoftwareCaKey root = hierarchyAt(rootCreated).createRoot(TestKeys.rsa3072());
        // Fifteen years on, a ten-year issuing CA would end five years after the root.
        SoftwareCaKey issuing = hierarchyAt(Instant.parse("2040-01-01T00:00:00Z"))
                .createIssuing(root, TestKeys.rsa3072());
        X509Certificate certificate = issuing.certificate();
        assertEquals(root.certificate().getNotAfter(), certificate.getNotAfter());
        assertEquals(Instant.parse("2045-01-01T00:00:00Z"), certificate.getNotAfter().toInstant());
    }

    @Test
    void signsWithTheConfiguredAlgorithm() throws Exception {
        CaHierarchy hierarchy = new CaHierarchy(TestCa.NAMES, "SHA384WITHRSA",
                Clock.fixed(TestCa.CREATED, ZoneOffset.UTC), new SerialNumbers());
        X509Certificate root = CertificateFields.jdk(hierarchy.createRoot(TestKeys.rsa3072()).certificate());
        assertEquals("SHA384withRSA", root.getSigAlgName());
    }

    private static CaHierarchy hierarchyAt(Instant now) {
        return new CaHierarchy(TestCa.NAMES, CaKey.DEFAULT_SIGNATURE_ALGORITHM,
                Clock.fixed(now, ZoneOffset.UTC), new SerialNumbers());
    }
}

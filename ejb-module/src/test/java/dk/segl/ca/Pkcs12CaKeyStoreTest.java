package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12CaKeyStoreTest {

    private static final boolean[] KEY_CERT_SIGN_AND_CRL_SIGN =
            {false, false, false, false, false, true, true, false, false};

    @Test
    void rootIsASelfSignedRsa4096CaForTwentyYears() throws Exception {
        X509Certificate root = CertificateFields.jdk(TestCa.store().root().certificate());
        assertEquals("CN=Segl Test Root,O=Segl Test,C=DK", root.getSubjectX500Principal().getName());
        assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
        root.verify(root.getPublicKey());
        assertEquals(4096, ((RSAPublicKey) root.getPublicKey()).getModulus().bitLength());
        assertEquals("RSASSA-PSS", root.getSigAlgName());
        assertEquals(TestCa.CREATED, root.getNotBefore().toInstant());
        assertEquals(ZonedDateTime.parse("2045-01-01T00:00:00Z").toInstant(), root.getNotAfter().toInstant());
        assertEquals(Integer.MAX_VALUE, root.getBasicConstraints());
        assertTrue(root.getCriticalExtensionOIDs().containsAll(List.of("2.5.29.19", "2.5.29.15")));
        assertArrayEquals(KEY_CERT_SIGN_AND_CRL_SIGN, root.getKeyUsage());
        assertArrayEquals(KeyIdentifiers.subject(root.getPublicKey()).getKeyIdentifier(), CertificateFields.subjectKeyId(root));
    }

    @Test
    void issuingIsAnRsa3072CaUnderTheRootForTenYears() throws Exception {
        X509Certificate root = TestCa.store().root().certificate();
        X509Certificate issuing = CertificateFields.jdk(TestCa.store().issuing().certificate());
        assertEquals("CN=Segl Test Issuing,O=Segl Test,C=DK", issuing.getSubjectX500Principal().getName());
        assertEquals(root.getSubjectX500Principal(), issuing.getIssuerX500Principal());
        issuing.verify(root.getPublicKey());
        assertEquals(3072, ((RSAPublicKey) issuing.getPublicKey()).getModulus().bitLength());
        assertEquals(TestCa.CREATED, issuing.getNotBefore().toInstant());
        assertEquals(ZonedDateTime.parse("2035-01-01T00:00:00Z").toInstant(), issuing.getNotAfter().toInstant());
        assertEquals(0, issuing.getBasicConstraints());
        assertTrue(issuing.getCriticalExtensionOIDs().containsAll(List.of("2.5.29.19", "2.5.29.15")));
        assertArrayEquals(KEY_CERT_SIGN_AND_CRL_SIGN, issuing.getKeyUsage());
        assertArrayEquals(CertificateFields.subjectKeyId(root),
                CertificateFields.authorityKeyId(issuing).getKeyIdentifier());
        assertEquals(List.of("2.5.29.32.0"), CertificateFields.policies(issuing), "anyPolicy unless configured");
        assertNull(CertificateFields.authorityKeyId(issuing).getAuthorityCertIssuer());
        assertArrayEquals(KeyIdentifiers.subject(issuing.getPublicKey()).getKeyIdentifier(),
                CertificateFields.subjectKeyId(issuing));
        assertEquals(List.of("https://segl.example.dk/crl/root.crl"), CertificateFields.crlDistributionPoints(issuing));
        assertEquals(List.of("https://segl.example.dk/ca/root.cer"),
                CertificateFields.accessLocations(issuing, AccessDescription.id_ad_caIssuers));
    }

    @Test
    void fileIsOwnerOnly() throws Exception {
        Path file = TestCa.file();
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var siblings = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName()), siblings.map(Path::getFileName).toList(), "no temporary file left");
        }
    }

    @Test
    void reopeningLoadsTheSameKeys() {
        Pkcs12CaKeyStore created = TestCa.store();
        Clock later = Clock.fixed(TestCa.CREATED.plusSeconds(86_400), ZoneOffset.UTC);
        Pkcs12CaKeyStore reopened = Pkcs12CaKeyStore.openOrCreate(TestCa.file(), TestCa.PASSWORD, TestCa.NAMES,
                CaKey.DEFAULT_SIGNATURE_ALGORITHM, later);
        assertEquals(created.root().certificate(), reopened.root().certificate());
        assertEquals(created.issuing().certificate(), reopened.issuing().certificate());
        assertArrayEquals(((SoftwareCaKey) created.issuing()).privateKey().getEncoded(),
                ((SoftwareCaKey) reopened.issuing()).privateKey().getEncoded());
    }

    @Test
    void anIssuingCaWithoutTheConfiguredPoliciesGetsANewCertificateForTheSameKey(@TempDir Path folder) throws Exception {
        Path file = Files.copy(TestCa.file(), folder.resolve("ca.p12"));
        X509Certificate before = TestCa.store().issuing().certificate();
        CaNames names = new CaNames("Segl Test Root", "Segl Test Issuing", "Segl Test", TestCa.BASE, List.of("1.2.208.999.1"));
        Clock later = Clock.fixed(TestCa.CREATED.plusSeconds(86_400), ZoneOffset.UTC);

        X509Certificate after = Pkcs12CaKeyStore.openOrCreate(file, TestCa.PASSWORD, names, null, later)
                .issuing().certificate();

        assertEquals(List.of("1.2.208.999.1"), CertificateFields.policies(after));
        assertEquals(before.getPublicKey(), after.getPublicKey());
        assertEquals(before.getSubjectX500Principal(), after.getSubjectX500Principal());
        assertEquals(before.getNotAfter(), after.getNotAfter());
        assertEquals(later.instant(), after.getNotBefore().toInstant());
        after.verify(TestCa.store().root().publicKey());
        assertArrayEquals(before.getEncoded(), Files.readAllBytes(
                folder.resolve("issuing-" + new SerialNumber(before.getSerialNumber()) + ".cer")));
        assertEquals(after, Pkcs12CaKeyStore.openOrCreate(file, TestCa.PASSWORD, names, null, later.offset(later,
                java.time.Duration.ofDays(1))).issuing().certificate(), "reissued once, then kept");
    }

    @Test
    void wrongPasswordStopsInsteadOfMakingNewKeys() throws Exception {
        byte[] before = Files.readAllBytes(TestCa.file());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pkcs12CaKeyStore.openOrCreate(
                TestCa.file(), "wrong".toCharArray(), TestCa.NAMES, null, Clock.systemUTC()));
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(TestCa.file()));
    }

    @Test
    void storeWithoutIssuingAliasIsRefused(@TempDir Path folder) throws Exception {
        SoftwareCaKey root = (SoftwareCaKey) TestCa.store().root();
        Path file = folder.resolve("root-only.p12");
        Files.write(file, Pkcs12Encoder.encode(List.of(new Pkcs12Encoder.Entry("root", root.privateKey(),
                List.of(root.certificate()))), TestCa.PASSWORD));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pkcs12CaKeyStore.openOrCreate(
                file, TestCa.PASSWORD, TestCa.NAMES, null, Clock.systemUTC()));
        assertTrue(e.getMessage().contains("\"issuing\""), e.getMessage());
    }

    @Test
    void unknownSignatureAlgorithmIsRefusedAtOpening() {
        assertThrows(IllegalArgumentException.class, () -> Pkcs12CaKeyStore.openOrCreate(
                TestCa.file(), TestCa.PASSWORD, TestCa.NAMES, "NOSUCHWITHRSA", Clock.systemUTC()));
    }
}

package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import dk.segl.error.Rule;
import dk.segl.holder.CertificateEmail;
import dk.segl.holder.CertificateHolder;
import dk.segl.holder.Cvr;
import dk.segl.holder.DisplayName;
import dk.segl.holder.HolderId;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.junit.jupiter.api.Test;

class UserCertificateProfileTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00.750Z");
    private static final UUID USER = UUID.fromString("5f0c2a4e-3c1b-4c8e-9a4d-2b7e1f6a9c01");
    private static final CertificateHolder HOLDER = new CertificateHolder(new Cvr("12345678"),
            DisplayName.of("Ærø Øko A/S", Rule.ORGANISATION_NAME), new HolderId(USER),
            DisplayName.of("Åse Ødegård", Rule.USER_NAME), new CertificateEmail("aase@aeroe.dk"));
    private static final SerialNumber SERIAL =
            new SerialNumber(new BigInteger("7f0102030405060708090a0b0c0d0e0f10111213", 16));
    private static final List<String> POLICIES = List.of("1.2.208.169.1.1.1.2.5", "1.3.6.1.4.1.99999.1");

    private static final boolean[] SIGNATURE_AND_ENCIPHERMENT = {true, false, true, false, false, false, false, false, false};
    private static final boolean[] SIGNATURE_ONLY = {true, false, false, false, false, false, false, false, false};

    @Test
    void subjectHasOces3OrderAndStringTypes() throws Exception {
        X509Certificate certificate = issue(TestKeys.rsa3072().getPublic());
        RDN[] rdns = CertificateFields.holder(certificate).getSubject().getRDNs();
        assertEquals(5, rdns.length);
        assertAttribute(rdns[0], "2.5.4.6", DERPrintableString.class, "DK");
        assertAttribute(rdns[1], "2.5.4.97", DERUTF8String.class, "NTRDK-12345678");
        assertAttribute(rdns[2], "2.5.4.10", DERUTF8String.class, "Ærø Øko A/S");
        assertAttribute(rdns[3], "2.5.4.5", DERPrintableString.class, "UI:DK-E:G:" + USER);
        assertAttribute(rdns[4], "2.5.4.3", DERUTF8String.class, "Åse Ødegård");
    }

    @Test
    void isSignedByTheIssuingCaAndNamesIt() throws Exception {
        X509Certificate certificate = CertificateFields.jdk(issue(TestKeys.rsa3072().getPublic()));
        CaKey issuing = TestCa.store().issuing();
        certificate.verify(issuing.publicKey());
        assertEquals(issuing.certificate().getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(SERIAL.value(), certificate.getSerialNumber());
        assertEquals(3, certificate.getVersion());
        assertEquals("RSASSA-PSS", certificate.getSigAlgName());
    }

    @Test
    void emailIsTheOnlySubjectAltName() throws Exception {
        Collection<List<?>> names = CertificateFields.jdk(issue(TestKeys.rsa3072().getPublic())).getSubjectAlternativeNames();
        assertEquals(List.of(List.of(1, "aase@aeroe.dk")), new ArrayList<>(names));
    }

    @Test
    void rsaKeyMaySignAndEncipher() throws Exception {
        X509Certificate certificate = CertificateFields.jdk(issue(TestKeys.rsa3072().getPublic()));
        assertArrayEquals(SIGNATURE_AND_ENCIPHERMENT, certificate.getKeyUsage());
        assertTrue(certificate.getCriticalExtensionOIDs().contains(Extension.keyUsage.getId()));
    }

    @Test
    void ecKeyMayOnlySign() throws Exception {
        X509Certificate certificate = CertificateFields.jdk(issue(TestKeys.ec("secp256r1").getPublic()));
        assertArrayEquals(SIGNATURE_ONLY, certificate.getKeyUsage());
    }

    @Test
    void isAnEndEntityForClientAuthAndEmail() throws Exception {
        X509Certificate certificate = CertificateFields.jdk(issue(TestKeys.rsa3072().getPublic()));
        assertEquals(-1, certificate.getBasicConstraints());
        assertTrue(certificate.getCriticalExtensionOIDs().contains(Extension.basicConstraints.getId()));
        assertEquals(List.of("1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.4"), certificate.getExtendedKeyUsage());
    }

    @Test
    void keyIdentifiersLinkToTheIssuer() throws Exception {
        PublicKey key = TestKeys.rsa3072().getPublic();
        X509Certificate certificate = issue(key);
        assertArrayEquals(CertificateFields.subjectKeyId(TestCa.store().issuing().certificate()),
                CertificateFields.authorityKeyId(certificate).getKeyIdentifier());
        assertArrayEquals(KeyIdentifiers.subject(key).getKeyIdentifier(), CertificateFields.subjectKeyId(certificate));
    }

    @Test
    void carriesTheConfiguredPolicies() throws Exception {
        CertificatePolicies policies = CertificatePolicies.fromExtensions(
                CertificateFields.holder(issue(TestKeys.rsa3072().getPublic())).getExtensions());
        List<String> oids = new ArrayList<>();
        for (PolicyInformation policy : policies.getPolicyInformation()) {
            oids.add(policy.getPolicyIdentifier().getId());
        }
        assertEquals(POLICIES, oids);
    }

    @Test
    void pointsToIssuerCertificateOcspAndCrl() throws Exception {
        X509Certificate certificate = issue(TestKeys.rsa3072().getPublic());
        assertEquals(List.of("https://segl.example.dk/ca/issuing.cer"),
                CertificateFields.accessLocations(certificate, AccessDescription.id_ad_caIssuers));
        assertEquals(List.of("https://segl.example.dk/ocsp"),
                CertificateFields.accessLocations(certificate, AccessDescription.id_ad_ocsp));
        assertEquals(List.of("https://segl.example.dk/crl/issuing.crl"), CertificateFields.crlDistributionPoints(certificate));
    }

    @Test
    void validForThreeYearsLessOneSecond() throws Exception {
        X509Certificate certificate = CertificateFields.jdk(issue(TestKeys.rsa3072().getPublic()));
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), certificate.getNotBefore().toInstant());
        assertEquals(Instant.parse("2028-03-01T11:59:59Z"), certificate.getNotAfter().toInstant());
    }

    @Test
    void validityIsCappedAtTheIssuersEnd() throws Exception {
        X509Certificate issuing = TestCa.store().issuing().certificate();
        Instant aYearBeforeIssuerEnds = issuing.getNotAfter().toInstant().minusSeconds(365L * 86_400);
        X509Certificate certificate = profileAt(aYearBeforeIssuerEnds)
                .issue(TestCa.store().issuing(), Profiles.USER, HOLDER, TestKeys.rsa3072().getPublic(), SERIAL);
        assertEquals(issuing.getNotAfter(), certificate.getNotAfter());
    }

    @Test
    void anExpiredIssuingCaIsAnInternalErrorNotARefusal() {
        Instant afterIssuerEnds = TestCa.store().issuing().certificate().getNotAfter().toInstant().plusSeconds(1);
        assertThrows(IllegalStateException.class, () -> profileAt(afterIssuerEnds)
                .issue(TestCa.store().issuing(), Profiles.USER, HOLDER, TestKeys.rsa3072().getPublic(), SERIAL));
    }

    @Test
    void refusesWeakSubjectKeyEvenFromTheRegistrationAuthority() {
        DomainException e = assertThrows(DomainException.class, () -> profileAt(NOW)
                .issue(TestCa.store().issuing(), Profiles.USER, HOLDER, TestKeys.rsa(2048).getPublic(), SERIAL));
        assertEquals(Rule.CSR_KEY_SIZE, e.rule());
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
    }

    /** The same decision as the registration authority's: a PSS-only key would get keyEncipherment here. */
    @Test
    void refusesRsaPssKeyLikeTheRegistrationAuthority() {
        DomainException e = assertThrows(DomainException.class, () -> profileAt(NOW)
                .issue(TestCa.store().issuing(), Profiles.USER, HOLDER, TestKeys.rsaPss(), SERIAL));
        assertEquals(Rule.CSR_KEY_ALGORITHM, e.rule());
    }

    @Test
    void misconfiguredPolicyOidStopsConstruction() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProfileSigner(TestCa.BASE, List.of("not.an.oid"), Clock.systemUTC()));
    }

    @Test
    void missingPolicyOidsStopConstruction() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProfileSigner(TestCa.BASE, List.of(), Clock.systemUTC()));
    }

    private static X509Certificate issue(PublicKey key) {
        return profileAt(NOW).issue(TestCa.store().issuing(), Profiles.USER, HOLDER, key, SERIAL);
    }

    private static ProfileSigner profileAt(Instant now) {
        return new ProfileSigner(TestCa.BASE, POLICIES, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void assertAttribute(RDN rdn, String oid, Class<?> stringType, String value) {
        assertFalse(rdn.isMultiValued());
        AttributeTypeAndValue attribute = rdn.getFirst();
        assertEquals(oid, attribute.getType().getId());
        ASN1Encodable encoded = attribute.getValue();
        assertInstanceOf(stringType, encoded.toASN1Primitive(), oid + " string type");
        assertEquals(value, encoded.toString());
    }
}

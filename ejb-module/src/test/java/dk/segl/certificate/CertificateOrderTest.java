package dk.segl.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import dk.segl.organisation.Cvr;
import dk.segl.organisation.EmailAddress;
import dk.segl.organisation.LoginName;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import dk.segl.token.OneTimeToken;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import dk.segl.ca.CaNames;
import dk.segl.ca.Pkcs12CaKeyStore;
import dk.segl.ca.UserCertificateProfile;
import dk.segl.ca.UserCertificateSubject;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state machine of DESIGN §2: what each state allows and refuses, and the issuance link's rules. */
class CertificateOrderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);
    private static X509Certificate certificate;

    @BeforeAll
    static void issueOneCertificate(@TempDir Path folder) throws Exception {
        Clock clock = Clock.fixed(NOW.toInstant(), ZoneOffset.UTC);
        var keys = Pkcs12CaKeyStore.openOrCreate(folder.resolve("ca.p12"), "pw-for-test".toCharArray(),
                new CaNames("Test Root", "Test Issuing", "Test", URI.create("http://localhost:8080")),
                "SHA256WITHRSAANDMGF1", clock);
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        certificate = new UserCertificateProfile(URI.create("http://localhost:8080"), List.of("2.5.29.32.0"), clock)
                .issue(keys.issuing(), new UserCertificateSubject("12345678", "Org", UUID.randomUUID(), "Name",
                        "name@example.com"), generator.generateKeyPair().getPublic(), BigInteger.TEN);
    }

    private static CertificateOrder pending(IssuanceMethod method, OneTimeToken token) {
        Organisation organisation = new Organisation(new Cvr("12345678"), "Org", NOW);
        UserAccount user = new UserAccount(organisation, new LoginName("someone"), "Someone",
                new EmailAddress("someone@example.com"), Set.of(), NOW);
        IdentificationMethod identification = method == IssuanceMethod.EST
                ? IdentificationMethod.API : IdentificationMethod.USER_LOGIN;
        CertificateOrder order = new CertificateOrder(user, organisation,
                new OrderRequest(CertificateType.USER_CERTIFICATE, identification, method, false), "admin", NOW);
        order.awaitIssuance(token, NOW.plusDays(14));
        return order;
    }

    private static CertificateOrder issued() {
        CertificateOrder order = pending(IssuanceMethod.BROWSER, OneTimeToken.generate());
        order.reserveSerial(certificate.getSerialNumber());
        order.issued(certificate, NOW);
        return order;
    }

    private static void assertRefused(ErrorKind kind, String rule, Runnable command) {
        DomainException e = assertThrows(DomainException.class, command::run);
        assertEquals(kind, e.kind());
        assertEquals(rule, e.rule());
    }

    @Test
    void anOrderStartsPending() {
        assertEquals(CertificateStatus.PENDING, pending(IssuanceMethod.BROWSER, OneTimeToken.generate()).status(NOW));
    }

    @Test
    void userLoginAllowsBrowserAndHardwareOnly() {
        assertRefused(ErrorKind.REFUSED, "issuance-method-not-allowed", () -> new OrderRequest(
                CertificateType.USER_CERTIFICATE, IdentificationMethod.USER_LOGIN, IssuanceMethod.EST, false));
    }

    @Test
    void apiAllowsEstOnly() {
        for (IssuanceMethod method : List.of(IssuanceMethod.BROWSER, IssuanceMethod.HARDWARE)) {
            assertRefused(ErrorKind.REFUSED, "issuance-method-not-allowed", () -> new OrderRequest(
                    CertificateType.USER_CERTIFICATE, IdentificationMethod.API, method, false));
        }
    }

    @Test
    void unknownChoicesAreBadInput() {
        assertRefused(ErrorKind.BAD_INPUT, "identification-method-unknown",
                () -> OrderRequest.parse("USER_CERTIFICATE", "PHONE", "BROWSER", false));
        assertRefused(ErrorKind.BAD_INPUT, "certificate-type-unknown",
                () -> OrderRequest.parse(null, "USER_LOGIN", "BROWSER", false));
    }

    @Test
    void aPendingOrderCannotBeRevoked() {
        assertRefused(ErrorKind.CONFLICT, "revoke-not-issued",
                () -> pending(IssuanceMethod.BROWSER, OneTimeToken.generate()).revoke(RevocationReason.KEY_COMPROMISE, NOW));
    }

    @Test
    void anIssuedCertificateCannotBeDeleted() {
        assertRefused(ErrorKind.CONFLICT, "delete-not-pending", () -> issued().requireDeletable());
    }

    @Test
    void revocationIsFinal() {
        CertificateOrder order = issued();
        order.revoke(RevocationReason.AFFILIATION_CHANGED, NOW);
        assertEquals(CertificateStatus.REVOKED, order.status(NOW));
        assertEquals(RevocationReason.AFFILIATION_CHANGED, order.revocationReason().orElseThrow());
        assertRefused(ErrorKind.CONFLICT, "already-revoked", () -> order.revoke(RevocationReason.KEY_COMPROMISE, NOW));
        assertRefused(ErrorKind.CONFLICT, "delete-not-pending", order::requireDeletable);
    }

    @Test
    void anIssuedCertificateExpiresByTimeAndCannotBeRevokedThen() {
        CertificateOrder order = issued();
        OffsetDateTime later = order.notAfter().orElseThrow().plusSeconds(1);
        assertEquals(CertificateStatus.ISSUED, order.status(NOW));
        assertEquals(CertificateStatus.EXPIRED, order.status(later));
        assertRefused(ErrorKind.CONFLICT, "certificate-expired", () -> order.revoke(RevocationReason.KEY_COMPROMISE, later));
    }

    @Test
    void theIssuanceLinkNeedsItsOwnToken() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder order = pending(IssuanceMethod.BROWSER, token);
        order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW);
        assertRefused(ErrorKind.REFUSED, "issuance-link-invalid",
                () -> order.requireIssuable(OneTimeToken.generate().value(), IssuanceMethod.BROWSER, NOW));
    }

    @Test
    void theIssuanceLinkExpires() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder order = pending(IssuanceMethod.BROWSER, token);
        order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW.plus(Duration.ofDays(14)));
        assertRefused(ErrorKind.REFUSED, "issuance-link-expired",
                () -> order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW.plus(Duration.ofDays(14)).plusSeconds(1)));
    }

    @Test
    void theIssuanceLinkWorksOnce() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder order = pending(IssuanceMethod.BROWSER, token);
        order.issued(certificate, NOW);
        assertRefused(ErrorKind.CONFLICT, "order-not-pending",
                () -> order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW));
    }

    @Test
    void theIssuanceMethodMustBeTheOrderedOne() {
        OneTimeToken token = OneTimeToken.generate();
        assertRefused(ErrorKind.BAD_INPUT, "issuance-method-mismatch",
                () -> pending(IssuanceMethod.HARDWARE, token).requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW));
    }

    @Test
    void estOrdersAreNotIssuedFromALink() {
        OneTimeToken token = OneTimeToken.generate();
        assertRefused(ErrorKind.REFUSED, "issuance-by-idm-system",
                () -> pending(IssuanceMethod.EST, token).requireIssuable(token.value(), IssuanceMethod.EST, NOW));
    }

    @Test
    void issuingRecordsTheCertificatesFacts() {
        CertificateOrder order = issued();
        assertEquals(BigInteger.TEN, order.serialNumber().orElseThrow());
        assertEquals(certificate.getNotAfter().toInstant(), order.notAfter().orElseThrow().toInstant());
        assertEquals(certificate.getNotBefore().toInstant(), order.notBefore().orElseThrow().toInstant());
        assertEquals("CN=Name,serialNumber=UI:DK-E:G:", order.subjectDn().orElseThrow().replaceAll(
                "(serialNumber=UI:DK-E:G:)[^,]+,.*", "$1"));
    }
}

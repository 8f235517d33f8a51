package dk.segl.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.ca.SerialNumber;
import dk.segl.ca.TestCa;
import dk.segl.ca.TestKeys;
import dk.segl.ca.ProfileSigner;
import dk.segl.ca.Profiles;
import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import dk.segl.holder.EmailAddress;
import dk.segl.organisation.LoginName;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A certificate's own life, apart from its order: ISSUED, then REVOKED for good or EXPIRED by time. */
class CertificateRecordTest {

    private static final OffsetDateTime ISSUED = OffsetDateTime.of(2025, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final SerialNumber SERIAL = new SerialNumber(BigInteger.TEN);

    private final Organisation organisation = new Organisation(new Cvr("12345678"), "Demo ApS", ISSUED);
    private final UserAccount user = new UserAccount(organisation, new LoginName("alice"), "Alice Andersen",
            new EmailAddress("alice@demo.example"), Set.of(), ISSUED);

    @Test
    void recordsWhatTheCertificateSays() {
        CertificateRecord record = issued();
        assertEquals("000000000000000000000000000000000000000A", record.serialNumber().toString());
        assertEquals(CertificateStatus.ISSUED, record.status(ISSUED));
        assertEquals("Alice Andersen", record.holder().name());
        assertTrue(record.subjectDn().startsWith("CN=Alice Andersen,serialNumber=UI:DK-E:G:" + user.id()),
                record.subjectDn());
        assertEquals(CertifiedKey.fingerprintOf(TestKeys.rsa3072().getPublic()), record.publicKeyFingerprint());
    }

    @Test
    void revocationIsFinal() {
        CertificateRecord record = issued();
        record.revoke(RevocationReason.AFFILIATION_CHANGED, ISSUED.plusDays(1));
        assertEquals(CertificateStatus.REVOKED, record.status(ISSUED.plusDays(1)));
        assertEquals(RevocationReason.AFFILIATION_CHANGED, record.revocationReason().orElseThrow());
        DomainException again = assertThrows(DomainException.class,
                () -> record.revoke(RevocationReason.KEY_COMPROMISE, ISSUED.plusDays(2)));
        assertEquals(Rule.ALREADY_REVOKED, again.rule());
    }

    @Test
    void expiresOnlyAfterItsNotAfterAndOnce() {
        CertificateRecord record = issued();
        OffsetDateTime notAfter = record.notAfter();
        assertFalse(record.expireIfDue(notAfter));
        assertEquals(CertificateStatus.ISSUED, record.status(notAfter));
        assertTrue(record.expireIfDue(notAfter.plusSeconds(1)));
        assertEquals(CertificateStatus.EXPIRED, record.status(ISSUED), "stays expired, whatever the clock says");
        assertFalse(record.expireIfDue(notAfter.plusDays(1)), "expires once");
        DomainException late = assertThrows(DomainException.class,
                () -> record.revoke(RevocationReason.KEY_COMPROMISE, notAfter.plusDays(1)));
        assertEquals(Rule.CERTIFICATE_EXPIRED, late.rule());
    }

    @Test
    void aRevokedCertificateDoesNotExpire() {
        CertificateRecord record = issued();
        record.revoke(RevocationReason.KEY_COMPROMISE, ISSUED.plusDays(1));
        assertFalse(record.expireIfDue(record.notAfter().plusDays(1)));
        assertEquals(CertificateStatus.REVOKED, record.status(record.notAfter().plusDays(1)));
    }

    @Test
    void aKeyBelongsToOneHolderAndACompromisedOneToNobody() {
        CertifiedKey key = new CertifiedKey("ab", user.id());
        key.requireCertifiableFor(user.id());
        assertEquals(Rule.KEY_CERTIFIED_FOR_ANOTHER_HOLDER,
                assertThrows(DomainException.class, () -> key.requireCertifiableFor("someone-else")).rule());
        key.compromise();
        assertEquals(Rule.KEY_COMPROMISED,
                assertThrows(DomainException.class, () -> key.requireCertifiableFor(user.id())).rule());
    }

    private CertificateRecord issued() {
        CertificateOrder order = new CertificateOrder(user, organisation, HolderValues.of(organisation, user),
                new OrderRequest(CertificateType.USER_CERTIFICATE, IdentificationMethod.USER_LOGIN,
                        IssuanceMethod.HARDWARE, true), "admin", ISSUED);
        PublicKey key = TestKeys.rsa3072().getPublic();
        X509Certificate certificate = new ProfileSigner(TestCa.BASE, List.of("2.5.29.32.0"),
                Clock.fixed(ISSUED.toInstant(), ZoneOffset.UTC))
                .issue(TestCa.store().issuing(), Profiles.USER, order.holder(), key, SERIAL);
        order.fulfil(ISSUED);
        return CertificateRecord.fulfilling(order, certificate,
                new CertifiedKey(CertifiedKey.fingerprintOf(key), user.id()), ISSUED);
    }
}

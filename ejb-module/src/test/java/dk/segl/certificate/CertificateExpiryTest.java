package dk.segl.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.ca.TestCa;
import dk.segl.organisation.Cvr;
import dk.segl.organisation.EmailAddress;
import dk.segl.organisation.LoginName;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The expiry job writes down what time decided: only an issued certificate past notAfter expires, once. */
class CertificateExpiryTest {

    private static final OffsetDateTime ORDERED = OffsetDateTime.of(2025, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private final X509Certificate certificate = TestCa.store().issuing().certificate();
    private final OffsetDateTime notAfter = certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC);

    @Test
    void anIssuedCertificateExpiresOnlyAfterItsNotAfter() {
        CertificateOrder order = issued();
        assertFalse(order.expireIfDue(notAfter));
        assertEquals(CertificateStatus.ISSUED, order.status(notAfter));

        assertTrue(order.expireIfDue(notAfter.plusSeconds(1)));
        assertEquals(CertificateStatus.EXPIRED, order.status(ORDERED), "stays expired, whatever the clock says");
        assertFalse(order.expireIfDue(notAfter.plusDays(1)), "expires once");
    }

    @Test
    void revokedAndPendingCertificatesDoNotExpire() {
        CertificateOrder revoked = issued();
        revoked.revoke(RevocationReason.KEY_COMPROMISE, ORDERED.plusDays(1));
        assertFalse(revoked.expireIfDue(notAfter.plusDays(1)));
        assertEquals(CertificateStatus.REVOKED, revoked.status(notAfter.plusDays(1)));

        CertificateOrder pending = ordered();
        assertFalse(pending.expireIfDue(notAfter.plusDays(1)));
        assertEquals(CertificateStatus.PENDING, pending.status(notAfter.plusDays(1)));
    }

    private CertificateOrder issued() {
        CertificateOrder order = ordered();
        order.issued(certificate, ORDERED.plusHours(1));
        return order;
    }

    private static CertificateOrder ordered() {
        Organisation organisation = new Organisation(new Cvr("12345678"), "Demo ApS", ORDERED);
        UserAccount user = new UserAccount(organisation, new LoginName("alice"), "Alice Andersen",
                new EmailAddress("alice@demo.example"), Set.of(), ORDERED);
        return new CertificateOrder(user, organisation, new OrderRequest(CertificateType.USER_CERTIFICATE,
                IdentificationMethod.USER_LOGIN, IssuanceMethod.HARDWARE, true), "admin", ORDERED);
    }
}

package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.notification.Outbox;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Revokes a certificate for good, in the caller's transaction: the state change, the notice to
 * the user, the CRL's follow-up and the audit entry commit together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CertificateRevocation {

    @EJB
    Outbox outbox;

    @EJB
    AuditLog audit;

    @EJB
    CertifiedKeys keys;

    @Inject
    Event<CertificateRevoked> revocations;

    @Inject
    Clock clock;

    /** A key revoked as compromised is blocked in the same transaction: never certified again. */
    public void revoke(CertificateRecord certificate, RevocationReason reason, String actor) {
        certificate.revoke(reason, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        if (reason == RevocationReason.KEY_COMPROMISE) {
            keys.compromised(certificate);
        }
        outbox.send(RevocationMail.compose(certificate, reason));
        revocations.fire(new CertificateRevoked(certificate.id()));
        audit.done(actor, "certificate.revoke", certificate.id(), "serial " + certificate.serialNumber() + " " + reason);
    }
}

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

    @Inject
    Event<CertificateRevoked> revocations;

    @Inject
    Clock clock;

    public void revoke(CertificateOrder order, RevocationReason reason, String actor) {
        order.revoke(reason, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        outbox.send(RevocationMail.compose(order, reason));
        revocations.fire(new CertificateRevoked(order.id()));
        audit.done(actor, "certificate.revoke", order.id(), reason.name());
    }
}

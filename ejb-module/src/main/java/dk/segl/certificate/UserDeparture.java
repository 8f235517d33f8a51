package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What a change of the user means for their certificates, in the same transaction as the change.
 * Deleted: their issued certificates are revoked (their affiliation changed) and their pending
 * orders deleted, so a deleted user keeps no valid certificate. Name or email edited: pending
 * orders placed for the old values are withdrawn, because nothing unverified is signed.
 */
@Stateless
public class UserDeparture {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    CertificateOrders orders;

    @EJB
    CertificateRevocation revocation;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    public void onUserChanged(@Observes UserChanged change) {
        UserAccount user = em.find(UserAccount.class, change.userId());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (change.kind() == UserChanged.Kind.DELETED) {
            orders.pendingOf(user).forEach(order -> order.delete(now));
            orders.issuedTo(user).stream().filter(c -> c.status(now) == CertificateStatus.ISSUED)
                    .forEach(c -> revocation.revoke(c, RevocationReason.AFFILIATION_CHANGED, change.actor()));
        } else {
            orders.pendingOf(user).stream().filter(order -> order.withdrawIfHolderChanged(now))
                    .forEach(order -> audit.done(change.actor(), "certificate.withdraw-order", order.id(),
                            "the user's name or email changed"));
        }
    }
}

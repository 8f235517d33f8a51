package dk.segl.certificate;

import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * When a user is deleted, their issued certificates are revoked (their affiliation changed) and
 * their pending orders deleted, in the same transaction: a deleted user keeps no valid certificate.
 */
@Stateless
public class UserDeparture {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    CertificateOrders orders;

    @EJB
    CertificateRevocation revocation;

    @Inject
    Clock clock;

    public void onUserChanged(@Observes UserChanged change) {
        if (change.kind() != UserChanged.Kind.DELETED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CertificateOrder order : orders.activeOf(em.find(UserAccount.class, change.userId()))) {
            CertificateStatus status = order.status(now);
            if (status == CertificateStatus.PENDING) {
                em.remove(order);
            } else if (status == CertificateStatus.ISSUED) {
                revocation.revoke(order, RevocationReason.AFFILIATION_CHANGED, change.actor());
            }
        }
    }
}

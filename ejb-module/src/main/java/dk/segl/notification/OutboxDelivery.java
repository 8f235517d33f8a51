package dk.segl.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one outbox mail under a row lock, so two nodes never send the same mail; deletes the
 * row once delivered, or records the failure and when to try again.
 */
@Stateless
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(String id, MailTransport transport) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            return;
        }
        try {
            transport.deliver(mail.mail());
            em.remove(mail);
        } catch (MailDeliveryException e) {
            LOG.log(Level.WARNING, "Mail {0} not delivered, will retry: {1}", new Object[] {id, e.getMessage()});
            mail.failed(e.getMessage(), OffsetDateTime.now(clock));
        }
    }
}

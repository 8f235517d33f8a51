package dk.segl.notification;

import dk.segl.persistence.RowClaim;
import dk.segl.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Delivers one outbox mail under a row lock, so two nodes never send the same mail: a mail
 * another node is sending is skipped, not waited for. Deletes the row once delivered, or
 * records the failure and when to try again, or gives the mail up as a dead letter. A crash between the delivery and the commit sends the mail once more after the
 * restart, with the same Message-ID.
 */
@Stateless
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final RowClaim DUE = RowClaim.of("mail_outbox", "dead_at IS NULL AND next_attempt_at <= ?");

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(String id, MailTransport transport, int maxAttempts) {
        if (!DUE.takeOne(dataSource, id, OffsetDateTime.now(clock))) {
            return;
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        try {
            transport.deliver(mail.queued());
            em.remove(mail);
        } catch (MailDeliveryException e) {
            mail.failed(e, OffsetDateTime.now(clock), maxAttempts);
            if (mail.deadAt().isPresent()) {
                LOG.log(Level.SEVERE, "Mail {0} given up as a dead letter; an operator can send it again: {1}",
                        new Object[] {id, e.getMessage()});
            } else {
                LOG.log(Level.WARNING, "Mail {0} not delivered, will retry: {1}", new Object[] {id, e.getMessage()});
            }
        }
    }
}

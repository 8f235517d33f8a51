package dk.segl.notification;

import dk.segl.config.SeglConfig;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Puts a mail in the outbox as part of the caller's transaction: the mail exists exactly when the change does. */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @Inject
    SeglConfig config;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Mail mail) {
        em.persist(new OutboxMail(mail, config.smtpFrom(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)));
        queued.fire(new MailQueued());
    }
}

package dk.segl.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The mails Segl gave up delivering, and sending one again. Who may do so is decided by the caller. */
@Stateless
public class DeadLetters {

    private static final int LIMIT = 500;

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** The most recent first, at most {@value #LIMIT}. */
    public List<DeadLetter> list() {
        return em.createQuery("select m from OutboxMail m where m.deadAt is not null order by m.deadAt desc",
                        OutboxMail.class)
                .setMaxResults(LIMIT)
                .getResultStream()
                .map(OutboxMail::deadLetter)
                .toList();
    }

    /** Puts the dead letter back in the outbox, due at once; empty if there is no such dead letter. */
    public Optional<DeadLetter> retry(String id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.deadAt().isEmpty()) {
            return Optional.empty();
        }
        DeadLetter before = mail.deadLetter();
        mail.revive(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        queued.fire(new MailQueued());
        return Optional.of(before);
    }
}

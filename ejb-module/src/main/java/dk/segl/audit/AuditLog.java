package dk.segl.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The audit trail. A successful command writes its entry in its own transaction, so the entry
 * exists exactly when the change does; intents and refusals are written in a transaction of
 * their own because the command's transaction may not commit.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void done(String actor, String action, String target, String detail) {
        em.persist(entry(actor, action, target, "DONE", detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void intent(String actor, String action, String target, String detail) {
        em.persist(entry(actor, action, target, "INTENT", detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String actor, String action, String target, String rule) {
        em.persist(entry(actor, action, target, "REFUSED", rule));
    }

    private AuditEntry entry(String actor, String action, String target, String outcome, String detail) {
        return new AuditEntry(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                actor == null ? "anonymous" : actor, action, target == null ? "-" : target, outcome, detail);
    }
}

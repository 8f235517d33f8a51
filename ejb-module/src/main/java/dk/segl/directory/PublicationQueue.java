package dk.segl.directory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Records, in the caller's transaction, that an entry must follow the change being committed. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PublicationQueue {

    static final String ISSUING_CA = "issuing";

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    Clock clock;

    public void user(String userId) {
        em.persist(new Publication(Publication.Target.USER, userId, now()));
    }

    public void issuingCa() {
        em.persist(new Publication(Publication.Target.CA, ISSUING_CA, now()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

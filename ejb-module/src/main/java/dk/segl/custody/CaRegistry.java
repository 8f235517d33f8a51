package dk.segl.custody;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The database's record of its CA. Each change commits on its own: the start-up that makes or
 * first sees a CA must have claimed the database before it signs anything with that CA.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CaRegistry {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<CaIdentity> recorded() {
        return Optional.ofNullable(em.find(CaIdentityRow.class, CaIdentityRow.ONLY)).map(CaIdentityRow::identity);
    }

    /** Claims the database for {@code identity}; fails (the primary key) when another node claimed it first. */
    public void record(CaIdentity identity) {
        em.persist(new CaIdentityRow(identity, now()));
        em.flush();
    }

    /** The issuing CA got a new certificate for the same key; the row names it from now on. */
    public void reissued(CaIdentity before, String issuingFingerprint) {
        CaIdentityRow row = em.find(CaIdentityRow.class, CaIdentityRow.ONLY, LockModeType.PESSIMISTIC_WRITE);
        if (row != null && row.identity().equals(before)) {
            row.reissued(issuingFingerprint, now());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

package dk.segl.revocation;

import dk.segl.ca.CaLevel;
import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.RevokedEntry;
import dk.segl.certificate.CertificateOrders;
import dk.segl.certificate.CertificateRevoked;
import dk.segl.config.SeglConfig;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.cert.CRLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CRLs of both CAs, kept in the database so every node serves the same one. A revocation
 * only marks the issuing CA's CRL stale, in its own transaction; the refresh signs a new one
 * within seconds, under a row lock so only one node signs each number.
 */
@Stateless
public class RevocationLists {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    CertificateAuthority ca;

    @EJB
    CertificateOrders orders;

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<CrlPublished> publications;

    /**
     * A bulk update rather than a versioned entity change: it waits for a refresh in progress
     * (which holds the row lock) instead of failing the revocation on a version clash.
     */
    public void onRevoked(@Observes CertificateRevoked revoked) {
        em.createQuery("update CaState s set s.stale = true where s.id = :id")
                .setParameter("id", idOf(CaLevel.ISSUING))
                .executeUpdate();
    }

    public Optional<PublishedCrl> current(CaLevel level) {
        return em.find(CaState.class, idOf(level)).current();
    }

    /** Signs a new CRL when it is due; returns whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refreshIfDue(CaLevel level) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        CaState state = em.find(CaState.class, idOf(level), LockModeType.PESSIMISTIC_WRITE);
        if (!state.crlDue(now)) {
            return false;
        }
        List<RevokedEntry> entries = level == CaLevel.ROOT ? List.of()
                : orders.revokedUnexpired(now).stream()
                .map(c -> new RevokedEntry(c.serialNumber(), c.revokedAt().orElseThrow().toInstant(),
                        c.revocationReason().orElseThrow().code()))
                .toList();
        OffsetDateTime nextUpdate = now.plus(config.crlValidity());
        var number = state.nextCrlNumber();
        try {
            byte[] der = ca.signCrl(level, number, now.toInstant(), nextUpdate.toInstant(), entries).getEncoded();
            state.published(number, der, now, nextUpdate);
            publications.fire(new CrlPublished(level));
        } catch (CRLException e) {
            throw new IllegalStateException("A CRL the CA just signed cannot be encoded", e);
        }
        return true;
    }

    private static String idOf(CaLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}

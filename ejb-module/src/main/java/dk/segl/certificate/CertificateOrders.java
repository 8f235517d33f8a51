package dk.segl.certificate;

import dk.segl.ca.SerialNumber;
import dk.segl.error.Rule;
import dk.segl.organisation.UserAccount;
import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import dk.segl.persistence.LockConflict;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Queries over orders and the certificates that fulfilled them, always within one user. */
@Stateless
public class CertificateOrders {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    /** The user's orders (but deleted ones) with their certificates, newest first. */
    public Page<CertificateEntry> ofUser(UserAccount user, PageRequest page) {
        // One line per certificate (a renewal shares its order), or per order while it has none.
        long total = em.createQuery("select count(o) from CertificateOrder o left join CertificateRecord c on c.order = o"
                        + " where o.user = :user and o.status <> :deleted", Long.class)
                .setParameter("user", user).setParameter("deleted", OrderStatus.DELETED).getSingleResult();
        List<CertificateEntry> items = em.createQuery("select o, c from CertificateOrder o"
                                + " left join CertificateRecord c on c.order = o"
                                + " where o.user = :user and o.status <> :deleted order by o.orderedAt desc, o.id",
                        Object[].class)
                .setParameter("user", user).setParameter("deleted", OrderStatus.DELETED)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream()
                .map(row -> new CertificateEntry((CertificateOrder) row[0], (CertificateRecord) row[1]))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public CertificateEntry ofUser(UserAccount user, String id) {
        CertificateRecord certificate = id == null ? null : em.find(CertificateRecord.class, id);
        if (certificate != null && certificate.user().id().equals(user.id()) && certificate.order().isPresent()) {
            return new CertificateEntry(certificate.order().get(), certificate);
        }
        return new CertificateEntry(order(user, id, LockModeType.NONE), certificate);
    }

    /**
     * The certificate of this kind presented over TLS, of whatever status: by serial and exact DER,
     * so a certificate with the same serial but other bytes is not Segl's.
     */
    public Optional<CertificateRecord> presented(X509Certificate presented, CertificateKind kind) {
        byte[] der;
        try {
            der = presented.getEncoded();
        } catch (CertificateEncodingException e) {
            return Optional.empty();
        }
        return em.createQuery("select c from CertificateRecord c where c.serialNumber = :serial and c.kind = :kind",
                        CertificateRecord.class)
                .setParameter("serial", new SerialNumber(presented.getSerialNumber()).toString())
                .setParameter("kind", kind)
                .getResultStream().filter(c -> Arrays.equals(c.der(), der)).findFirst();
    }

    /** The user's newest certificate, of whatever status: the one an IdM system renews. */
    public Optional<CertificateRecord> newestOf(UserAccount user) {
        return em.createQuery("select c from CertificateRecord c where c.user = :user and c.kind = :kind"
                        + " order by c.issuedAt desc, c.id", CertificateRecord.class)
                .setParameter("user", user).setParameter("kind", CertificateKind.USER)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The order, locked until the transaction ends: two requests issuing or deleting one order run
     * one after the other, and the second sees what the first did.
     */
    public CertificateOrder lockedOrder(UserAccount user, String id) {
        return order(user, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The user's certificate with this id, locked; a pending or withdrawn order has none to revoke. */
    public CertificateRecord revocable(UserAccount user, String id) {
        CertificateRecord certificate = id == null ? null : em.find(CertificateRecord.class, id,
                LockModeType.PESSIMISTIC_WRITE);
        if (certificate != null && certificate.user().id().equals(user.id())) {
            return certificate;
        }
        order(user, id, LockModeType.NONE);
        throw Rule.REVOKE_NOT_ISSUED.refusal();
    }

    private CertificateOrder order(UserAccount user, String id, LockModeType lock) {
        CertificateOrder order;
        try {
            order = id == null ? null : em.find(CertificateOrder.class, id, lock);
        } catch (PessimisticLockException | LockTimeoutException e) {
            if (!LockConflict.causes(e)) {
                throw e;
            }
            // Another request holds the order longer than the database waits: the client may retry.
            throw Rule.CONCURRENT_CHANGE.refusal();
        }
        if (order == null || order.status() == OrderStatus.DELETED || !order.user().id().equals(user.id())) {
            throw NotFound.certificate(id);
        }
        return order;
    }

    public List<CertificateOrder> pendingOf(UserAccount user) {
        return em.createQuery("select o from CertificateOrder o where o.user = :user and o.status = :pending",
                        CertificateOrder.class)
                .setParameter("user", user).setParameter("pending", OrderStatus.PENDING)
                .getResultList();
    }

    public List<CertificateRecord> issuedTo(UserAccount user) {
        return em.createQuery("select c from CertificateRecord c where c.user = :user and c.status = :issued",
                        CertificateRecord.class)
                .setParameter("user", user).setParameter("issued", CertificateStatus.ISSUED)
                .getResultList();
    }

    /** Revoked certificates not yet expired: what the issuing CA's CRL lists, in serial order. */
    public List<CertificateRecord> revokedUnexpired(OffsetDateTime now) {
        return em.createQuery("select c from CertificateRecord c where c.status = :revoked and c.notAfter > :now"
                                + " order by c.serialNumber",
                        CertificateRecord.class)
                .setParameter("revoked", CertificateStatus.REVOKED)
                .setParameter("now", now)
                .getResultList();
    }
}

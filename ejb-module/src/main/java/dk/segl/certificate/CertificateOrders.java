package dk.segl.certificate;

import dk.segl.organisation.UserAccount;
import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/** Queries over certificate orders. */
@Stateless
public class CertificateOrders {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    public Page<CertificateOrder> ofUser(UserAccount user, PageRequest page) {
        long total = em.createQuery("select count(c) from CertificateOrder c where c.user = :user", Long.class)
                .setParameter("user", user).getSingleResult();
        List<CertificateOrder> items = em.createQuery(
                        "select c from CertificateOrder c where c.user = :user order by c.orderedAt desc, c.id",
                        CertificateOrder.class)
                .setParameter("user", user)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public CertificateOrder ofUser(UserAccount user, String id) {
        CertificateOrder order = id == null ? null : em.find(CertificateOrder.class, id);
        if (order == null || !order.user().id().equals(user.id())) {
            throw CertificateOrderService.notFound(id);
        }
        return order;
    }

    public List<CertificateOrder> activeOf(UserAccount user) {
        return em.createQuery("select c from CertificateOrder c where c.user = :user and c.status in :statuses",
                        CertificateOrder.class)
                .setParameter("user", user)
                .setParameter("statuses", List.of(CertificateStatus.PENDING, CertificateStatus.ISSUED))
                .getResultList();
    }

    /** Revoked certificates not yet expired: what the issuing CA's CRL lists. */
    public List<CertificateOrder> revokedUnexpired(OffsetDateTime now) {
        return em.createQuery("select c from CertificateOrder c where c.status = :revoked and c.notAfter > :now"
                                + " order by c.revokedAt",
                        CertificateOrder.class)
                .setParameter("revoked", CertificateStatus.REVOKED)
                .setParameter("now", now)
                .getResultList();
    }
}

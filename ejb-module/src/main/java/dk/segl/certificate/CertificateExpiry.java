package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Marks issued certificates past their notAfter as EXPIRED, once a minute, firing
 * {@link CertificateExpired} in the same transaction so the directory drops them. Two nodes
 * racing on one certificate is harmless: the version check lets only one commit.
 */
@Singleton
@DependsOn("SchemaMigration")
public class CertificateExpiry {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    Event<CertificateExpired> expirations;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void expireDue() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var due = em.createQuery("select c from CertificateRecord c where c.status = :issued and c.notAfter < :now",
                        CertificateRecord.class)
                .setParameter("issued", CertificateStatus.ISSUED)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        for (CertificateRecord certificate : due) {
            if (certificate.expireIfDue(now)) {
                expirations.fire(new CertificateExpired(certificate.id()));
                audit.done("segl", "certificate.expire", certificate.id(), "serial " + certificate.serialNumber());
            }
        }
    }
}

package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.persistence.RowClaim;
import dk.segl.persistence.SchemaMigration;
import jakarta.annotation.Resource;
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
import java.util.List;
import javax.sql.DataSource;

/**
 * Marks issued certificates past their notAfter as EXPIRED, once a minute, firing
 * {@link CertificateExpired} in the same transaction so the directory drops them. Each node
 * claims the certificates it expires, skipping those another node is expiring.
 */
@Singleton
@DependsOn("SchemaMigration")
public class CertificateExpiry {

    private static final int BATCH = 500;
    private static final RowClaim DUE = RowClaim.of("certificate", "status = ? AND not_after < ?");

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    Event<CertificateExpired> expirations;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void expireDue() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<String> claimed = DUE.take(dataSource, BATCH, CertificateStatus.ISSUED.name(), now);
        if (claimed.isEmpty()) {
            return;
        }
        var due = em.createQuery("select c from CertificateRecord c where c.id in :ids", CertificateRecord.class)
                .setParameter("ids", claimed)
                .getResultList();
        for (CertificateRecord certificate : due) {
            if (certificate.expireIfDue(now)) {
                expirations.fire(new CertificateExpired(certificate.id()));
                audit.done("segl", "certificate.expire", certificate.id(), "serial " + certificate.serialNumber());
            }
        }
    }
}

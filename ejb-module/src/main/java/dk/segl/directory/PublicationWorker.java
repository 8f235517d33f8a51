package dk.segl.directory;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds, applies the due publications over one LDAP connection, each in its own
 * transaction ({@link PublicationDelivery}), and reconciles the whole directory when asked to:
 * at start, every hour, and when an operator starts the directory again. With the directory
 * down, rows and the reconciliation wait with back-off; nothing else waits for them.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationWorker {

    private static final Logger LOG = Logger.getLogger(PublicationWorker.class.getName());
    private static final int BATCH = 100;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean reconciliationWanted = new AtomicBoolean(true);
    private volatile Instant reconcileNotBefore = Instant.MIN;
    private volatile int reconcileFailures;

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    DirectoryServer server;

    @EJB
    PublicationDelivery delivery;

    @EJB
    Reconciliation reconciliation;

    @Inject
    Clock clock;

    /** Asks for a reconciliation at the next run, without waiting for a back-off. */
    public void reconcileSoon() {
        reconcileFailures = 0;
        reconcileNotBefore = Instant.MIN;
        reconciliationWanted.set(true);
    }

    @Schedule(minute = "0", hour = "*", persistent = false)
    void reconcileHourly() {
        reconciliationWanted.set(true);
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void publishDue() {
        if (!server.enabled() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            boolean reconcile = reconciliationWanted.get() && !clock.instant().isBefore(reconcileNotBefore);
            List<String> due = em.createQuery(
                            "select p.id from Publication p where p.delivery.nextAttemptAt <= :now order by p.delivery.nextAttemptAt",
                            String.class)
                    .setParameter("now", OffsetDateTime.now(clock))
                    .setMaxResults(BATCH)
                    .getResultList();
            if (reconcile || !due.isEmpty()) {
                publish(reconcile, due);
            }
        } finally {
            running.set(false);
        }
    }

    private void publish(boolean reconcile, List<String> due) {
        try (DirectoryPublisher publisher = DirectoryPublisher.connect(server.writer())) {
            if (reconcile) {
                reconcile(publisher);
            }
            due.forEach(id -> delivery.deliver(id, publisher));
        } catch (DirectoryWriteException e) {
            due.forEach(id -> delivery.postpone(id, e));
            if (reconcile) {
                reconcileFailed(e);
            }
        }
    }

    private void reconcile(DirectoryPublisher publisher) throws DirectoryWriteException {
        reconciliationWanted.set(false);
        try {
            reconciliation.reconcile(publisher);
            reconcileFailures = 0;
        } catch (DirectoryWriteException | RuntimeException e) {
            reconciliationWanted.set(true);
            throw e;
        }
    }

    private void reconcileFailed(DirectoryWriteException e) {
        reconcileFailures++;
        reconcileNotBefore = clock.instant().plus(Publication.BACKOFF.after(reconcileFailures));
        LOG.log(Level.WARNING, "Directory reconciliation failed, next try at {0}: {1}",
                new Object[] {reconcileNotBefore, e.getMessage()});
    }
}

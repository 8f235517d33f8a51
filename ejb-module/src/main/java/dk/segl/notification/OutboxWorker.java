package dk.segl.notification;

import dk.segl.config.SeglConfig;
import dk.segl.persistence.StorageReserve;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the outbox every few seconds. Each mail is delivered in a transaction of its own
 * ({@link OutboxDelivery}), so one failing mail, or an SMTP outage, holds up nothing else. While
 * the database's disk is below its reserve no mail leaves: the row of a delivered mail could not
 * be deleted, and the mail would go out again every round.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final int BATCH = 50;
    private final AtomicBoolean running = new AtomicBoolean();

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    OutboxDelivery delivery;

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    @Inject
    StorageReserve storage;

    private MailTransport transport;

    @PostConstruct
    void chooseTransport() {
        transport = config.smtpHost()
                .<MailTransport>map(host -> new SmtpMailTransport(host, config.smtpPort(), config.smtpStartTls(),
                        config.smtpUser().orElse(null), config.smtpPassword().orElse(null), config.smtpFrom()))
                .orElseGet(() -> new EmlFileMailTransport(config.home().resolve("mail"), config.smtpFrom()));
    }

    /** Right after a commit that queued mail (see {@link OutboxKick}). */
    @Asynchronous
    public void deliverSoon() {
        deliverDue();
    }

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    void deliverDue() {
        if (!storage.hasRoom() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<String> due = em.createQuery(
                            "select m.id from OutboxMail m where m.deadAt is null and m.delivery.nextAttemptAt <= :now"
                                    + " order by m.delivery.nextAttemptAt",
                            String.class)
                    .setParameter("now", OffsetDateTime.now(clock))
                    .setMaxResults(BATCH)
                    .getResultList();
            due.forEach(id -> delivery.deliver(id, transport, config.mailMaxAttempts()));
        } finally {
            running.set(false);
        }
    }
}

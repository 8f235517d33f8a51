package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.config.SeglConfig;
import dk.segl.notification.Outbox;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserStatus;
import dk.segl.persistence.RowClaim;
import dk.segl.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 20 seconds, finds a batch of user certificates within {@code segl.renewal.reminder-days} of
 * their end that have not been decided yet (soonest end first), and for each records the decision
 * ({@link RenewalWindow}) with, when no renewal exists, the reminder mails to the holder and the
 * organisation's user administrators, in one transaction. Renewed certificates are recorded too,
 * so they never fill a later batch. Each node claims its batch, skipping certificates another
 * node is deciding; the decision's primary key is the certificate, so none is ever decided twice.
 * A month's lead makes the interval no matter to holders; it is short so that a backlog (many
 * certificates issued at once, coming due at once) drains in batches soon after it arrives.
 */
@Singleton
@DependsOn("SchemaMigration")
public class RenewalReminders {

    private static final int BATCH = 200;
    private static final RowClaim UNDECIDED = RowClaim.of("certificate",
                    "kind = ? AND status = ? AND not_after > ? AND not_after <= ? AND NOT EXISTS"
                            + " (SELECT 1 FROM renewal_reminder r WHERE r.certificate_id = certificate.id)")
            .soonestFirst("not_after");

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    AuditLog audit;

    @Inject
    SeglConfig config;

    @Inject
    @ConfigProperty(name = "segl.renewal.reminder-days")
    int reminderDays;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void remindDue() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        RenewalWindow window = new RenewalWindow(Duration.ofDays(reminderDays));
        List<String> claimed = UNDECIDED.take(dataSource, BATCH, CertificateKind.USER.name(),
                CertificateStatus.ISSUED.name(), now, now.plus(window.lead()));
        if (claimed.isEmpty()) {
            return;
        }
        var undecided = em.createQuery("select c from CertificateRecord c where c.id in :ids order by c.notAfter",
                        CertificateRecord.class)
                .setParameter("ids", claimed)
                .getResultList();
        for (CertificateRecord certificate : undecided) {
            window.decide(certificate, sameHolder(certificate), now)
                    .ifPresent(outcome -> record(certificate, outcome, now));
        }
    }

    private List<CertificateRecord> sameHolder(CertificateRecord certificate) {
        return em.createQuery("select c from CertificateRecord c where c.user = :user and c.id <> :id",
                        CertificateRecord.class)
                .setParameter("user", certificate.user())
                .setParameter("id", certificate.id())
                .getResultList();
    }

    private void record(CertificateRecord certificate, ReminderOutcome outcome, OffsetDateTime now) {
        em.persist(new RenewalReminder(certificate, outcome, now));
        if (outcome == ReminderOutcome.SENT) {
            outbox.send(RenewalReminderMail.toHolder(certificate));
            for (UserAccount administrator : userAdministrators(certificate)) {
                outbox.send(RenewalReminderMail.toAdministrator(certificate, administrator, config.publicBaseUrl()));
            }
        }
        audit.done("segl", "certificate.renewal-reminder", certificate.id(),
                "serial " + certificate.serialNumber() + " " + outcome);
    }

    private List<UserAccount> userAdministrators(CertificateRecord certificate) {
        return em.createQuery("select u from UserAccount u where u.organisation = :organisation"
                        + " and u.status = :activated and :role member of u.roles", UserAccount.class)
                .setParameter("organisation", certificate.organisation())
                .setParameter("activated", UserStatus.ACTIVATED)
                .setParameter("role", Role.USER_ADMINISTRATOR)
                .getResultList();
    }
}

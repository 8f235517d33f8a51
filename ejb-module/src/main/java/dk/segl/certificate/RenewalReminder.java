package dk.segl.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The durable "once" of a renewal reminder: one row per certificate, written in the transaction
 * that queues its mails. A second node deciding the same certificate fails on the primary key and
 * rolls its mails back with it.
 */
@Entity
@Table(name = "renewal_reminder")
public class RenewalReminder {

    @Id
    @Column(name = "certificate_id")
    private String certificateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderOutcome outcome;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    protected RenewalReminder() {
    }

    RenewalReminder(CertificateRecord certificate, ReminderOutcome outcome, OffsetDateTime now) {
        this.certificateId = certificate.id();
        this.outcome = outcome;
        this.decidedAt = now;
    }
}
